// Entry of dist/crs-widgets.iife.js: side effects only, so the classic script adds no global of its
// own and an existing window.CRSWidgets is left in place.
import './index.js';
