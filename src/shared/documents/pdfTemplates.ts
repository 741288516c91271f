/**
 * Page numbers come from Chromium's own footer rather than the print view, because CSS cannot
 * know the page count. Electron's printToPDF takes the same displayHeaderFooter/footerTemplate
 * options, so both engines print the same footer. The header must be non-empty markup or
 * Chromium prints its default (date and title).
 */
export const PDF_HEADER_TEMPLATE = '<span></span>'
export const PDF_FOOTER_TEMPLATE =
  '<div style="font-size:8pt;width:100%;text-align:center;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>'
