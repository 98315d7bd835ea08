// Unit tests (outside VS Code) of the extension's translations: every %key% of package.json has an
// English and a Norwegian text, every vscode.l10n.t string of extension/src has a Norwegian one in
// l10n/bundle.l10n.nb.json (with the same {0} placeholders), and every setting declares its scope.

import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const extensionDir = join(__dirname, '..', 'extension');
const readJson = (file: string) => JSON.parse(readFileSync(join(extensionDir, file), 'utf8')) as Record<string, unknown>;
const manifestText = readFileSync(join(extensionDir, 'package.json'), 'utf8');
const manifest = JSON.parse(manifestText) as {
  l10n?: string;
  activationEvents: string[];
  contributes: { configuration: { properties: Record<string, { scope?: string }> } };
};

/** The strings the extension passes to vscode.l10n.t, from its source. */
function runtimeStrings(): string[] {
  const sourceDir = join(extensionDir, 'src');
  const strings = new Set<string>();
  for (const file of readdirSync(sourceDir).filter((name) => name.endsWith('.ts'))) {
    for (const match of readFileSync(join(sourceDir, file), 'utf8').matchAll(/l10n\.t\('((?:[^'\\]|\\.)*)'/g)) strings.add(match[1].replace(/\\'/g, "'"));
  }
  return [...strings];
}

const placeholders = (text: string) => [...text.matchAll(/\{\d+\}/g)].map((match) => match[0]).sort();

describe('extension translations', () => {
  it('has an English and a Norwegian text for every %key% of package.json', () => {
    const keys = [...new Set([...manifestText.matchAll(/"%([^%"]+)%"/g)].map((match) => match[1]))];
    assert.ok(keys.length > 20, `${keys.length} keys`);
    const english = readJson('package.nls.json');
    const norwegian = readJson('package.nls.nb.json');
    for (const key of keys) {
      assert.equal(typeof english[key], 'string', `package.nls.json has ${key}`);
      assert.equal(typeof norwegian[key], 'string', `package.nls.nb.json has ${key}`);
    }
    assert.deepEqual(Object.keys(norwegian).sort(), Object.keys(english).sort(), 'the same keys in both files');
  });

  it('has a Norwegian text with the same placeholders for every runtime string', () => {
    assert.equal(manifest.l10n, './l10n');
    const bundle = readJson('l10n/bundle.l10n.nb.json');
    const strings = runtimeStrings();
    assert.ok(strings.length > 10, `${strings.length} strings`);
    for (const text of strings) {
      assert.equal(typeof bundle[text], 'string', `l10n/bundle.l10n.nb.json translates "${text}"`);
      assert.deepEqual(placeholders(bundle[text] as string), placeholders(text), `the placeholders of "${text}"`);
    }
  });

  it('declares a scope on every setting and does not activate at start-up', () => {
    for (const [name, setting] of Object.entries(manifest.contributes.configuration.properties)) {
      assert.ok(['application', 'machine', 'window', 'resource', 'language-overridable', 'machine-overridable'].includes(setting.scope ?? ''), `${name} has a scope`);
    }
    for (const name of ['dpaReview.playbookFile', 'dpaReview.categories', 'dpaReview.filePatterns', 'dpaReview.language']) {
      assert.equal(manifest.contributes.configuration.properties[name].scope, 'resource', `${name} may differ per folder`);
    }
    // onLanguage:plaintext fires at start-up whatever is open (microsoft/vscode#80268; seen in code-server 4.139).
    assert.ok(!manifest.activationEvents.some((event) => ['*', 'onStartupFinished', 'onLanguage:plaintext'].includes(event)), manifest.activationEvents.join(', '));
  });
});
