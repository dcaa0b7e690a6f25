import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { vocabDb } from '../../utils/vocabulary/db';
import { ReviewApp } from './ReviewApp';
import '../../components/shared/theme.css';
import './review.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ReviewApp db={vocabDb()} />
  </StrictMode>,
);
