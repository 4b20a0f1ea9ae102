import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LmsLoader } from '../../src/controllers/lms-loader.js';
import { AssessmentController } from '../../src/controllers/assessment-controller.js';
import { instrument } from '../../src/scoring/builtin-instrument.js';
import { L3dStartEvent, type L3dErrorCode } from '../../src/events/events.js';

class LoaderHost extends LitElement {
  lms = 'auto';
  xapiEndpoint = 'https://lrs.example/xapi';
}
customElements.define('test-lms-loader-host', LoaderHost);

const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('LmsLoader', () => {
  it('reports a chunk that fails to load once, and never retries it (no render or event loop)', async () => {
    const host = document.createElement('test-lms-loader-host') as LoaderHost;
    const assessment = new AssessmentController(host, { instrument, form: 'self', pageSize: 8 });
    let loads = 0;
    const errors: L3dErrorCode[] = [];
    const loader = new LmsLoader(
      host,
      assessment,
      {
        ready: () => true,
        onError: (code) => errors.push(code),
      },
      () => {
        loads++;
        return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      },
    );
    document.body.append(host);
    expect(loader.settling).to.equal(true);
    for (let i = 0; i < 5; i++) {
      host.requestUpdate();
      await host.updateComplete;
      await tick();
    }
    const detail = {
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      form: 'self' as const,
      resumed: false,
    };
    for (let i = 0; i < 3; i++) host.dispatchEvent(new L3dStartEvent(detail));
    await tick();
    expect(loads).to.equal(1);
    expect(errors).to.deep.equal(['lms-unavailable']);
    // the widget stops waiting for it and goes on standalone
    expect(loader.settling).to.equal(false);
    expect(loader.lmsActive).to.equal(false);
    host.remove();
  });
});
