// Hover over a finding: the rule's guidance, a short good example and a link to the rule's page.
import { MarkupKind, type Hover, type ServerCapabilities } from 'vscode-languageserver';
import type { Finding } from '../core';
import { docsUrl, ruleById } from '../rules';
import type { ServerContext } from './context';
import { guardRequest } from './guard';
import { documentUriOf, positionOf } from './params';
import { positionToOffset, spanToRange } from './positions';

function explain(finding: Finding): string {
  const rule = ruleById(finding.ruleId);
  if (!rule) return finding.message;
  return [
    `**Gracious** \`${rule.id}\``,
    rule.guidance,
    `For example:\n\n> ${rule.example}`,
    `[Read the guidance for ${rule.id}](${docsUrl(rule.id)})`,
  ].join('\n\n');
}

/** A finding is under the cursor from its first character to just after its last, as editors place a caret. */
function covers(finding: Finding, offset: number): boolean {
  return finding.span.start <= offset && offset <= finding.span.end;
}

export function registerHover({ connection, documents, checker }: ServerContext): ServerCapabilities {
  connection.onHover(guardRequest(connection.console, 'textDocument/hover', null, async (params): Promise<Hover | null> => {
    const uri = documentUriOf(params);
    const position = positionOf(params);
    const document = documents.get(uri);
    if (!document) return null;
    const findings = await checker.findings(document);
    const offset = positionToOffset(document, position);
    const here = findings?.filter((finding) => covers(finding, offset)) ?? [];
    if (here.length === 0) return null;
    return {
      contents: { kind: MarkupKind.Markdown, value: here.map(explain).join('\n\n---\n\n') },
      range: spanToRange(document, here[0].span),
    };
  }));
  return { hoverProvider: true };
}
