import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { targetTabId } from '../../components/popup/tab-info';
import { PopupApp } from '../../components/popup/PopupApp';
import { vocabDb } from '../../utils/vocabulary/db';
import '../../components/shared/theme.css';
import '../../components/popup/popup.css';

const root = createRoot(document.getElementById('root')!);
void targetTabId(location.search).then((tabId) =>
  root.render(
    <StrictMode>
      <PopupApp tabId={tabId} db={vocabDb()} />
    </StrictMode>,
  ),
);
