"""Print preview of a PDF document: the pages are drawn from the PDF itself (pdfium), so what the
secretary prints is exactly the file AkimDesk writes."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

RENDER_DPI = 150


def pdf_page_images(data: bytes, dpi: int = RENDER_DPI) -> list[QImage]:
    """Every page of a PDF as an image (pdfium renders; Qt paints)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    images = []
    try:
        for index in range(len(document)):
            bitmap = document[index].render(scale=dpi / 72)
            pil = bitmap.to_pil().convert("RGB")
            raw = pil.tobytes("raw", "RGB")
            images.append(QImage(raw, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888).copy())
    finally:
        document.close()
    return images


def paint_pages(printer: QPrinter, images: list[QImage]) -> None:
    painter = QPainter(printer)
    try:
        for i, image in enumerate(images):
            if i:
                printer.newPage()
            target = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
            target.moveTo(0, 0)
            scaled = image.size().scaled(target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(0, 0, scaled.width(), scaled.height()), image)
    finally:
        painter.end()


class PdfPreview(QPrintPreviewDialog):
    """QPrintPreviewDialog over a PDF; keeps its printer alive (a collected printer crashes the dialog)."""

    def __init__(self, parent, data: bytes, title: str):
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        self.printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        self.printer.setFullPage(True)
        self.printer.setDocName(title)
        super().__init__(self.printer, parent)
        self.setWindowTitle(title)
        self.images = pdf_page_images(data)
        self.paintRequested.connect(lambda printer: paint_pages(printer, self.images))
        self.resize(900, 1000)
