// SARIF 2.1.0, the format code-scanning services (GitHub, Azure DevOps) import. Locations are relative to the
// working directory, named by the %SRCROOT% base id, so a report reads the same on any machine.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Severity } from '../core';
import { docsUrl, RULES } from '../rules';
import type { FormatContext } from './formats';
import { HOMEPAGE, VERSION } from './package-info';
import type { CheckedDraft } from './positions';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';

/** SARIF has no hint or information level; both are notes. */
function level(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'error' || severity === 'warning' ? severity : 'note';
}

/** A relative URI reference: forward slashes, each segment percent-encoded (spaces, `#`, `<stdin>`). */
function relativeUri(file: string): string {
  return file.split(path.sep).map(encodeURIComponent).join('/');
}

export function formatSarif(drafts: readonly CheckedDraft[], { cwd }: FormatContext): string {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'gracious',
          version: VERSION,
          informationUri: HOMEPAGE,
          rules: RULES.map((r) => ({
            id: r.id,
            shortDescription: { text: r.description },
            helpUri: docsUrl(r.id),
            defaultConfiguration: { level: level(r.defaultSeverity) },
          })),
        },
      },
      originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(cwd).href.replace(/\/?$/, '/') } },
      columnKind: 'utf16CodeUnits',
      results: drafts.flatMap((d) => d.findings.map((f) => ({
        ruleId: f.ruleId,
        ruleIndex: ruleIndex.get(f.ruleId),
        level: level(f.severity),
        message: { text: f.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: relativeUri(d.file), uriBaseId: SRCROOT },
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn, charOffset: f.offset, charLength: f.endOffset - f.offset },
          },
        }],
      }))),
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
