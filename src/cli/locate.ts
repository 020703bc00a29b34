export { placeViolations, type Span } from '../json/locate.js';
