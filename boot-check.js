/* Shows a message (in the page's language: index.html has both) instead of a blank page when the browser cannot run the app:
   no WebAssembly or ES modules, or the app failed to start. Plain ES5 on purpose, so that
   old browsers can run it. */
(function () {
  function showTooOld() {
    var boot = document.getElementById('boot');
    if (!boot) return; // the app has started: its own errors are its own business
    var loading = boot.querySelectorAll('.boot-loading');
    var old = boot.querySelectorAll('.boot-old');
    for (var i = 0; i < loading.length; i++) loading[i].hidden = true;
    for (var j = 0; j < old.length; j++) old[j].hidden = false;
  }
  var script = document.createElement('script');
  var capable = typeof WebAssembly === 'object' &&
    typeof WebAssembly.instantiate === 'function' &&
    'noModule' in script &&
    typeof Promise === 'function';
  if (!capable) {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', showTooOld);
    } else {
      showTooOld();
    }
    return;
  }
  // The loader failing (a WebAssembly feature the engine lacks, a file missing) shows up as
  // an error or an unhandled rejection before the app has removed #boot.
  window.addEventListener('error', showTooOld);
  window.addEventListener('unhandledrejection', showTooOld);
  // The browser's install prompt is kept for the moment the app offers it (once a congress is
  // made, src/ui/install.rs), not shown on arrival.
  window.addEventListener('beforeinstallprompt', function (e) {
    e.preventDefault();
    window.soTayInstall = e;
  });
})();
