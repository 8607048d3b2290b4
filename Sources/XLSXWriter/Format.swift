internal import CXLSXWriter

/// A cell format that belongs to one workbook, made by `Workbook.addFormat(_:)`.
///
/// A non-owning handle: the workbook frees the C format when it closes, and using the handle
/// after that traps.
public struct Format {
  let storage: WorkbookStorage
  let pointer: UnsafeMutablePointer<lxw_format>
  /// The description this format was made from.
  public let cellFormat: CellFormat

  /// The C format, checked to belong to `expected` and to be still open.
  func resolved(for expected: WorkbookStorage) -> UnsafeMutablePointer<lxw_format> {
    precondition(
      storage === expected, "XLSXWriter: a Format was used with a worksheet of another workbook")
    _ = storage.open
    return pointer
  }
}

extension WorkbookStorage {
  /// Returns the cached format for `description`, creating and configuring it on first use.
  ///
  /// The corresponding C function is `workbook_add_format`.
  func format(_ description: CellFormat) -> Format {
    if let cached = formats[description] {
      return Format(storage: self, pointer: cached, cellFormat: description)
    }
    guard let format = workbook_add_format(open) else {
      preconditionFailure("XLSXWriter: workbook_add_format failed (out of memory)")
    }
    configure(format, as: description)
    formats[description] = format
    return Format(storage: self, pointer: format, cellFormat: description)
  }

  private func configure(_ format: UnsafeMutablePointer<lxw_format>, as d: CellFormat) {
    if d.bold { format_set_bold(format) }
    if d.italic { format_set_italic(format) }
    if let name = d.fontName { format_set_font_name(format, name) }
    if let size = d.fontSize { format_set_font_size(format, size) }
    if let color = d.fontColor { format_set_font_color(format, color.rgb) }
    // format.h: "If a pattern hasn't been defined then a solid fill pattern is used as the default."
    if let color = d.backgroundColor { format_set_bg_color(format, color.rgb) }
    if let border = d.border { format_set_border(format, border.lxw) }
    if let color = d.borderColor { format_set_border_color(format, color.rgb) }
    if d.textWrap { format_set_text_wrap(format) }
    if let alignment = d.horizontalAlignment { format_set_align(format, alignment.lxw) }
    if let alignment = d.verticalAlignment { format_set_align(format, alignment.lxw) }
    if let numberFormat = d.numberFormat { format_set_num_format(format, numberFormat) }
    if d.indent > 0 { format_set_indent(format, UInt8(clamping: d.indent)) }
  }
}

extension CellFormat.Border {
  var lxw: UInt8 {
    switch self {
    case .thin: UInt8(LXW_BORDER_THIN.rawValue)
    case .medium: UInt8(LXW_BORDER_MEDIUM.rawValue)
    case .thick: UInt8(LXW_BORDER_THICK.rawValue)
    case .dashed: UInt8(LXW_BORDER_DASHED.rawValue)
    case .dotted: UInt8(LXW_BORDER_DOTTED.rawValue)
    case .double: UInt8(LXW_BORDER_DOUBLE.rawValue)
    case .hair: UInt8(LXW_BORDER_HAIR.rawValue)
    }
  }
}

extension CellFormat.HorizontalAlignment {
  var lxw: UInt8 {
    switch self {
    case .left: UInt8(LXW_ALIGN_LEFT.rawValue)
    case .center: UInt8(LXW_ALIGN_CENTER.rawValue)
    case .right: UInt8(LXW_ALIGN_RIGHT.rawValue)
    case .fill: UInt8(LXW_ALIGN_FILL.rawValue)
    case .justify: UInt8(LXW_ALIGN_JUSTIFY.rawValue)
    case .centerAcross: UInt8(LXW_ALIGN_CENTER_ACROSS.rawValue)
    }
  }
}

extension CellFormat.VerticalAlignment {
  var lxw: UInt8 {
    switch self {
    case .top: UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue)
    case .center: UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue)
    case .bottom: UInt8(LXW_ALIGN_VERTICAL_BOTTOM.rawValue)
    case .justify: UInt8(LXW_ALIGN_VERTICAL_JUSTIFY.rawValue)
    }
  }
}
