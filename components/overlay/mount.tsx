import { createRoot } from 'react-dom/client';
import type { MountUi } from '../../utils/overlay/controller';
import { Overlay } from './Overlay';
import { OVERLAY_CSS } from './styles';

/** Mounts the overlay's React tree into the host's shadow root; returns the unmount. */
export const mountOverlayUi: MountUi = (shadow, container, store, actions) => {
  const style = document.createElement('style');
  style.textContent = OVERLAY_CSS;
  // After the host's reset sheet, so these rules win where both set a property.
  shadow.insertBefore(style, container);
  const root = createRoot(container);
  root.render(<Overlay store={store} actions={actions} />);
  return () => {
    root.unmount();
    style.remove();
  };
};
