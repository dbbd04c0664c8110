// Enhancements for the draft pages. Everything works without this file: the "Góp ý điều này"
// links, the form, its errors and the state changes are all plain HTML and server answers.
;(function () {
  'use strict'

  // "Góp ý điều này": choose the article in the form and move focus to it, without reloading.
  document.addEventListener('click', function (event) {
    var link = event.target instanceof Element ? event.target.closest('a[data-comment-article]') : null
    var select = document.getElementById('f-article')
    if (!link || !select) return
    event.preventDefault()
    select.value = link.getAttribute('data-comment-article') || ''
    if (history.replaceState) history.replaceState(null, '', '?dieu=' + encodeURIComponent(select.value) + '#gop-y')
    select.focus()
  })

  // After a refused post the error summary takes focus, so screen readers read it first. It
  // waits for the load event: scrolling to the #gop-y fragment would otherwise reset focus.
  var summary = document.querySelector('.error-summary')
  if (summary instanceof HTMLElement) {
    var focusSummary = function () { setTimeout(function () { summary.focus() }, 0) }
    if (document.readyState === 'complete') focusSummary()
    else window.addEventListener('load', focusSummary)
  }

  // Characters left in the comment, announced politely and only every 100 characters near the end.
  var body = document.getElementById('f-body')
  var counter = document.getElementById('f-body-count')
  if (body instanceof HTMLTextAreaElement && counter) {
    var max = Number(body.getAttribute('data-max-chars')) || 5000
    var lastBucket = -1
    var update = function () {
      var left = max - Array.from(body.value).length
      var bucket = left < 0 ? -2 : Math.floor(left / 100)
      if (bucket === lastBucket) return
      lastBucket = bucket
      counter.textContent = left < 0 ? 'Vượt quá ' + (-left).toLocaleString('vi-VN') + ' ký tự' : 'Còn ' + left.toLocaleString('vi-VN') + ' ký tự'
    }
    body.addEventListener('input', update)
    update()
  }

  // Warn before uploading a file the server would refuse for its size.
  var file = document.getElementById('f-attachment')
  var form = document.querySelector('form.comment-form')
  if (file instanceof HTMLInputElement && form) {
    var limit = Number(form.getAttribute('data-max-bytes')) || 10485760
    file.addEventListener('change', function () {
      var f = file.files && file.files[0]
      file.setCustomValidity(f && f.size > limit ? 'Tệp đính kèm: tối đa 10 MB.' : '')
      if (f && f.size > limit) file.reportValidity()
    })
  }

  // The page changes by itself when the consultation opens, closes or its report comes out:
  // reload then, unless the person has started typing (their text must never be lost).
  var holder = document.querySelector('[data-state-change]')
  var at = holder ? Date.parse(holder.getAttribute('data-state-change') || '') : NaN
  if (!isNaN(at)) {
    var wait = at - Date.now() + 1000
    // setTimeout overflows past ~24.8 days; a page open that long reloads on the next visit.
    if (wait > 0 && wait < 2147483647) {
      setTimeout(function () {
        var typed = form && Array.prototype.some.call(form.querySelectorAll('textarea, input[type=text], input[type=email]'), function (el) { return el.value })
        if (!typed) location.reload()
      }, wait)
    }
  }
})()
