// Every htmx request carries the CSRF token that Spring Security put in the page's meta tags.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="csrf-token"]');
  var header = document.querySelector('meta[name="csrf-header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// A 422 answer is the form again with what is wrong: show it. Other errors are announced instead
// of being swapped into the page.
htmx.config.responseHandling = [
  {code: '204', swap: false},
  {code: '[23]..', swap: true},
  {code: '422', swap: true},
  {code: '[45]..', swap: false, error: true}
];

// An open cell editor closes without saving on Escape or its Cancel button: the row is read back as saved.
function closeEditor(form) {
  htmx.ajax('GET', form.dataset.cancelUrl, {target: form.closest('tr'), swap: 'outerHTML'});
}
document.addEventListener('keydown', function (event) {
  var form = event.target.closest && event.target.closest('form[data-cancel-url]');
  if (event.key === 'Escape' && form) {
    event.preventDefault();
    closeEditor(form);
  }
});
document.addEventListener('click', function (event) {
  var cancel = event.target.closest('[data-cancel]');
  if (cancel && cancel.form && cancel.form.dataset.cancelUrl) {
    closeEditor(cancel.form);
  }
  // Pager buttons set the page of the filter form they name and let it fetch that page.
  var pager = event.target.closest('[data-page]');
  if (pager) {
    var page = document.querySelector('#' + pager.dataset.pageForm + ' input[name=page]');
    page.value = pager.dataset.page;
    page.dispatchEvent(new Event('change', {bubbles: true}));
  }
});

// Changing a filter starts again from the first page (capture: before htmx reads the form).
['input', 'change'].forEach(function (type) {
  document.addEventListener(type, function (event) {
    var form = event.target.form;
    if (form && form.elements.page && event.target.name !== 'page') {
      form.elements.page.value = 0;
    }
  }, true);
});

// A form marked data-reset empties once the server has accepted it (a 2xx answer), ready for the
// next entry; a refused form keeps what was typed.
document.addEventListener('htmx:afterRequest', function (event) {
  var form = event.detail.elt;
  if (form.matches && form.matches('form[data-reset]') && event.detail.successful
      && event.detail.xhr.status < 300
      && !(event.detail.target && event.detail.target.id === 'wbs-message')) {
    form.reset();
    var first = form.querySelector('input:not([type=hidden])');
    if (first) {
      first.focus();
    }
  }
});

// A message from the last change to the table is cleared when the next one starts.
document.addEventListener('htmx:beforeRequest', function () {
  var message = document.getElementById('wbs-message');
  if (message) {
    message.textContent = '';
  }
});

// Refusals that come back as errors (403, 404, 409, 5xx) are said on the page instead of silently
// ignored: in the page's #flash region when it has one, else at the top of <main>.
document.addEventListener('htmx:responseError', function (event) {
  var status = event.detail.xhr.status;
  var alert = document.createElement('div');
  alert.className = 'alert alert-danger py-1';
  alert.setAttribute('role', 'alert');
  alert.textContent = status === 403 ? 'Your role does not allow this.'
      : status === 404 ? 'This no longer exists, or you may not see it.'
      : status === 409 ? 'Someone else changed this meanwhile. Reload the page to see their change.'
      : 'The server refused this (error ' + status + '). Reload the page and try again.';
  var flash = document.getElementById('flash');
  if (flash) {
    flash.replaceChildren(alert);
  } else if (document.querySelector('main')) {
    document.querySelector('main').prepend(alert);
  }
});
