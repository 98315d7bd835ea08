// Downloads go only to public addresses unless the rules say otherwise: the address a host name
// resolves to is checked by the connection's own lookup (no gap for DNS rebinding), and addresses
// written in the URL are checked before connecting.

import { strict as assert } from 'node:assert';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { guardedFetch, guardedLookup, isPrivateAddress, PrivateAddressError } from '../bot/address-guard';
import { downloadFile, DownloadError } from '../bot/attachments';
import type { DownloadRules } from '../bot/config';

describe('bot address guard', function () {
  this.timeout(10_000);

  const table: Array<[string, boolean]> = [
    ['10.0.0.1', true], ['172.16.5.4', true], ['172.32.0.1', false], ['192.168.1.1', true], ['127.0.0.1', true],
    ['169.254.169.254', true], ['100.64.0.1', true], ['0.0.0.0', true], ['224.0.0.1', true], ['8.8.8.8', false],
    ['20.190.128.1', false], ['::1', true], ['::', true], ['fe80::1', true], ['fd00::1', true], ['::ffff:10.0.0.1', true],
    ['::ffff:8.8.8.8', false], ['2603:1026::1', false], ['64:ff9b::a00:1', true], ['not-an-address', true],
  ];
  for (const [address, isPrivate] of table) {
    it(`${address} is ${isPrivate ? 'not public' : 'public'}`, () => assert.equal(isPrivateAddress(address), isPrivate));
  }

  it('refuses a host name that resolves to loopback, in the lookup the connection itself uses', async () => {
    const lookup = guardedLookup({ allowLoopback: false, allowPrivate: false });
    const error = await new Promise<Error | null>((resolve) => lookup('localhost', {}, (failure) => resolve(failure)));
    assert.ok(error instanceof PrivateAddressError);
    const allowed = await new Promise<string>((resolve, reject) =>
      guardedLookup({ allowLoopback: true, allowPrivate: false })('localhost', {}, (failure, address) => (failure ? reject(failure) : resolve(String(address)))),
    );
    assert.ok(isPrivateAddress(allowed));
  });

  describe('downloads', () => {
    let server: Server;
    let port: number;
    const served: string[] = [];
    before(async () => {
      server = createServer((req, res) => {
        served.push(req.url ?? '');
        res.end('hello');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.address() as AddressInfo).port;
    });
    after(() => {
      server.closeAllConnections();
      server.close();
    });
    const rules = (overrides: Partial<DownloadRules>): DownloadRules => ({
      allowedHosts: ['localhost', '127.0.0.1'], allowLoopbackHttp: true, maxBytes: 1000, timeoutMs: 2000, maxRedirects: 3, ...overrides,
    });

    it('refuses an allowed host that resolves to a private address, before connecting', async () => {
      // the allowed-host check passes (the host is in the list), the address check does not
      served.length = 0;
      const guarded = rules({});
      const strict = guardedFetch({ allowLoopback: false, allowPrivate: false });
      await assert.rejects(downloadFile(`http://localhost:${port}/x`, guarded, strict), (error: unknown) => {
        assert.ok(error instanceof DownloadError);
        assert.equal(error.code, 'private-address');
        assert.equal(error.host, 'localhost');
        return true;
      });
      await assert.rejects(downloadFile(`http://127.0.0.1:${port}/x`, guarded, strict), (error: unknown) => error instanceof DownloadError && error.code === 'private-address');
      assert.deepEqual(served, [], 'nothing reached the server');
    });

    it('downloads from loopback in local mode, and from anywhere when private addresses are allowed', async () => {
      assert.equal(Buffer.from(await downloadFile(`http://localhost:${port}/a`, rules({}))).toString(), 'hello');
      const open = guardedFetch({ allowLoopback: false, allowPrivate: true });
      assert.equal(Buffer.from(await downloadFile(`http://127.0.0.1:${port}/b`, rules({}), open)).toString(), 'hello');
    });
  });
});
