// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { HOST_TAGS, removeLeftoverHosts } from '../../../../lib/ui/host-tags';

describe('leftovers of an earlier content script', () => {
  it('removes every host of ours and nothing of the page', () => {
    document.body.replaceChildren();
    const page = document.createElement('div');
    page.id = 'page';
    const compose = document.createElement('div');
    compose.append(document.createElement(HOST_TAGS.badge));
    document.body.append(
      page,
      compose,
      document.createElement(HOST_TAGS.layer),
      document.createElement(HOST_TAGS.notice),
    );
    expect(removeLeftoverHosts(document)).toBe(3);
    expect(document.querySelectorAll(Object.values(HOST_TAGS).join(','))).toHaveLength(0);
    expect(document.getElementById('page')).not.toBeNull();
    expect(compose.isConnected).toBe(true);
  });
});
