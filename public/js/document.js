// Progressive enhancement for document pages: copy an article's link, print button.
// Without JavaScript the "#" links still point at each article and "In văn bản" reloads the page.
(function () {
  document.addEventListener('click', function (event) {
    var target = event.target
    if (!(target instanceof Element)) return
    var link = target.closest('a.anchor-link')
    if (link && navigator.clipboard) {
      var url = new URL(link.getAttribute('href'), window.location.href).href
      navigator.clipboard.writeText(url).then(function () {
        var status = document.getElementById('copy-status')
        if (!status) return
        // Visible for a few seconds (and read out by screen readers): the link is on the clipboard.
        status.textContent = 'Đã sao chép liên kết: ' + url
        clearTimeout(status._hide)
        status._hide = setTimeout(function () { status.textContent = '' }, 5000)
      }, function () {})
    }
    // "Về mục lục": the contents open where the reader lands (without JavaScript the link
    // still reaches them, one tap on "Xem mục lục" away).
    if (target.closest('[data-back-to-toc]')) {
      var toc = document.querySelector('details[data-toc]')
      if (toc) toc.open = true
    }
    var print = target.closest('[data-print]')
    if (print) {
      event.preventDefault()
      window.print()
    }
  })
  var live = document.createElement('p')
  live.id = 'copy-status'
  live.className = 'copy-status'
  live.setAttribute('role', 'status')
  document.body.appendChild(live)
  // Wide screens have room for the contents beside the start of the text: open them there;
  // phones keep them closed so the title and summary come first.
  var contents = document.querySelector('details[data-toc]')
  if (contents && window.matchMedia('(min-width: 56rem)').matches) contents.open = true
  if (new URLSearchParams(window.location.search).get('in') === '1') window.print()
})()
