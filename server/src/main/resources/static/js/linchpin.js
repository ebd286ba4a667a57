// Every htmx request carries the CSRF token that Spring Security put in the page's meta tags.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="csrf-token"]');
  var header = document.querySelector('meta[name="csrf-header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// A 422 answer is the form again with what is wrong: show it. Other errors are announced at the
// top of the page instead of being swapped into it.
htmx.config.responseHandling = [
  {code: '204', swap: false},
  {code: '[23]..', swap: true},
  {code: '422', swap: true},
  {code: '[45]..', swap: false, error: true}
];

document.addEventListener('htmx:responseError', function (event) {
  var main = document.querySelector('main');
  if (!main) {
    return;
  }
  var status = event.detail.xhr.status;
  var alert = document.createElement('div');
  alert.className = 'alert alert-danger';
  alert.setAttribute('role', 'alert');
  alert.textContent = status === 403 ? 'You are not allowed to do this.'
      : status === 409 ? 'Someone else changed this meanwhile. Reload the page to see their change.'
      : 'The server could not do this (error ' + status + ').';
  main.prepend(alert);
});

// A form marked data-reset-on-success empties itself once the server has accepted it (a 2xx
// answer), ready for the next entry; a refused form keeps what was typed.
document.addEventListener('htmx:afterRequest', function (event) {
  var form = event.detail.elt;
  if (form instanceof HTMLFormElement && form.hasAttribute('data-reset-on-success') && event.detail.successful
      && event.detail.xhr.status < 300) {
    form.reset();
  }
});
