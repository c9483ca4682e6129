/* The village kiosk as a board (issue 23): one tab at a time, turning to the next every
   data-rotate seconds (20 by default) unless somebody touched the screen in the last minute; a
   clock and the date in the tenant's zone, by the server's time (a kiosk's own clock is often
   wrong). Without this script every section shows, one under the other. */
(function () {
  'use strict';
  var tabs = Array.prototype.slice.call(document.querySelectorAll('.xz-kiosk-tab'));
  var body = document.body;
  if (tabs.length) {
    var rotateMs = Math.min(Math.max(Number(body.getAttribute('data-rotate')) || 20, 1), 600) * 1000;
    var idleMs = 60000;
    var current = 0;
    var touched = 0;
    var show = function (index) {
      current = (index + tabs.length) % tabs.length;
      tabs.forEach(function (tab, n) {
        var on = n === current;
        tab.classList.toggle('is-active', on);
        tab.setAttribute('aria-selected', on ? 'true' : 'false');
        var panel = document.getElementById(tab.getAttribute('href').substring(1));
        if (panel) {
          panel.classList.toggle('is-active', on);
          if (on) {
            panel.scrollTop = 0;
          }
        }
      });
      body.setAttribute('data-tab', tabs[current].id);
    };
    tabs.forEach(function (tab, n) {
      tab.addEventListener('click', function (event) {
        event.preventDefault();
        touched = Date.now();
        show(n);
      });
    });
    ['pointerdown', 'keydown', 'wheel', 'touchstart'].forEach(function (type) {
      document.addEventListener(type, function () { touched = Date.now(); }, {passive: true});
    });
    var first = tabs.map(function (t) { return t.getAttribute('href'); }).indexOf(location.hash);
    body.classList.add('xz-kiosk-tabbed');
    show(first < 0 ? 0 : first);
    setInterval(function () {
      if (Date.now() - touched >= idleMs) {
        show(current + 1);
      }
    }, rotateMs);
  }

  var clock = document.getElementById('kiosk-clock');
  if (clock && window.Intl) {
    var skew = Number(clock.getAttribute('data-epoch')) - Date.now();
    var zone = clock.getAttribute('data-zone');
    var lang = clock.getAttribute('data-lang') || 'zh-CN';
    var time = document.getElementById('kiosk-time');
    var date = document.getElementById('kiosk-date');
    try {
      var timeFormat = new Intl.DateTimeFormat(lang, {hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone});
      var dateFormat = new Intl.DateTimeFormat(lang, {year: 'numeric', month: 'long', day: 'numeric', weekday: 'long', timeZone: zone});
      var tick = function () {
        var now = new Date(Date.now() + skew);
        time.textContent = timeFormat.format(now);
        date.textContent = dateFormat.format(now);
      };
      tick();
      setInterval(tick, 1000);
    } catch (e) {
      // an unknown zone: the server's time as printed stays
    }
  }
}());
