export { NewSegmentPage } from './pages/new-segment-page';
export { SegmentPage } from './pages/segment-page';
export { SegmentsPage } from './pages/segments-page';
