// The demo's language menu: this page's own text is English, so the chosen language goes on the sections
// that hold the widgets (lang and, for Arabic, dir); every widget without a lang of its own follows its
// nearest ancestor's lang live. (CRSWidgets.setLocale(tag) would also switch them.)
const select = document.getElementById('language');
select.addEventListener('change', () => {
  const locale = select.value;
  for (const section of document.querySelectorAll('[data-widget-language]')) {
    section.lang = locale;
    section.dir = locale === 'ar' ? 'rtl' : 'ltr';
  }
});
document.addEventListener('crs-contact-action', (event) => {
  // Where a partner would send an analytics event; the widgets never send anything themselves.
  console.info('crs-contact-action', event.detail);
});
