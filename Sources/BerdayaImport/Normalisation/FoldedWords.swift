/// The folded words of a name as UTF-8 bytes in one buffer: what name keys are built from without
/// making a String per word (measured: the String words were most of the registry's name folding).
///
/// Folding is `TextFolding`'s: case, diacritics and width removed, apostrophes dropped inside words,
/// any other non-letter, non-digit character a word break.
struct FoldedWords {
  private(set) var bytes: [UInt8] = []
  /// Word `i` is `bytes[start(i)..<ends[i]]`.
  private(set) var ends: [Int] = []

  init() {}

  /// The words of `name`, leaving out those `skip` says to (dropped filler words).
  init(utf8 name: UnsafeBufferPointer<UInt8>, skip: (ArraySlice<UInt8>) -> Bool = { _ in false }) {
    fold(utf8: name, skip: skip)
  }

  /// Replaces the words with those of `name`, reusing the storage (for hot loops).
  mutating func fold(utf8 name: UnsafeBufferPointer<UInt8>, skip: (ArraySlice<UInt8>) -> Bool = { _ in false }) {
    bytes.removeAll(keepingCapacity: true)
    ends.removeAll(keepingCapacity: true)
    if !appendASCIIWords(name, skip: skip) {
      bytes.removeAll(keepingCapacity: true)
      ends.removeAll(keepingCapacity: true)
      for word in TextFolding.foldedWords(String(decoding: name, as: UTF8.self)) {
        bytes.append(contentsOf: word.utf8)
        endWord(skip: skip)
      }
    }
  }

  var count: Int { ends.count }

  func start(_ index: Int) -> Int { index == 0 ? 0 : ends[index - 1] }

  subscript(index: Int) -> ArraySlice<UInt8> { bytes[start(index)..<ends[index]] }

  /// False (and partly filled) when the text is not ASCII.
  private mutating func appendASCIIWords(
    _ name: UnsafeBufferPointer<UInt8>, skip: (ArraySlice<UInt8>) -> Bool
  ) -> Bool {
    for byte in name {
      switch byte {
      case 0x80...: return false
      case UInt8(ascii: "'"), UInt8(ascii: "`"): continue
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): bytes.append(byte)
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte | 0x20)
      default: endWord(skip: skip)
      }
    }
    endWord(skip: skip)
    return true
  }

  /// Closes the word being written, if any: kept, or taken back when `skip` says so.
  private mutating func endWord(skip: (ArraySlice<UInt8>) -> Bool) {
    let start = ends.last ?? 0
    guard bytes.count > start else { return }
    if skip(bytes[start...]) {
      bytes.removeSubrange(start...)
    } else {
      ends.append(bytes.count)
    }
  }
}
