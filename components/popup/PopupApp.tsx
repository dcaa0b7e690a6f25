import { browser } from 'wxt/browser';
import type { VocabDb } from '../../utils/vocabulary/db';
import { TabPanel } from './TabPanel';
import { VocabularyPanel } from './VocabularyPanel';

interface Props {
  tabId: number | null;
  db: VocabDb;
}

export function PopupApp({ tabId, db }: Props) {
  const openReview = () => {
    void browser.tabs.create({ url: browser.runtime.getURL('/review.html') });
  };
  return (
    <div className="popup">
      <header className="popup-header">
        <h1>
          <span className="brand-mark" aria-hidden="true">
            눈
          </span>
          Nunchi
        </h1>
        <nav>
          <button type="button" className="link" onClick={openReview}>
            Review
          </button>
          <button
            type="button"
            className="link"
            onClick={() => void browser.runtime.openOptionsPage()}
          >
            Options
          </button>
        </nav>
      </header>
      <TabPanel tabId={tabId} />
      <VocabularyPanel db={db} />
    </div>
  );
}
