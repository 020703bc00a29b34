export { locateViolations, type Span, type Target } from '../json/locate.js';
