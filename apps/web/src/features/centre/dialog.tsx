// The dialog moved to ui/ for every feature; this keeps imports of the old place working until they move.
export { Dialog } from '../../ui/dialog';
