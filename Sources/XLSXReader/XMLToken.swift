/// One token from `XMLScanner`: offsets into the scanner's buffer, valid until the next call.
struct XMLToken {
  enum Kind: UInt8 {
    case startTag, endTag, text, cdata, end
  }
  var kind: Kind
  /// The element's local name (any `x:` prefix dropped), for tags.
  var nameStart = 0
  var nameEnd = 0
  /// The attribute text of a start tag, or the content of text and CDATA.
  var bodyStart = 0
  var bodyEnd = 0
  var selfClosing = false

  init(kind: Kind) { self.kind = kind }
}
