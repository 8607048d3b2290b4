import BerdayaModel

/// Finds the header row under title rows, joining a header that spans two rows.
///
/// Each of the first `searchDepth` rows is scored by how many distinct canonical columns its cells
/// name; a pair of rows is scored with the upper cell (a merged group such as "Tanggal") joined to
/// the lower ("Daftar", "Daftar Ulang"). The best score wins if it names at least two columns;
/// a two-row reading wins only when it names more columns than either row alone.
public struct HeaderDetector: Sendable {
  public var aliases: HeaderAliases
  public var searchDepth = 30

  public init(aliases: HeaderAliases) { self.aliases = aliases }

  public func detect(rows: [[RawCell]], kind: RecordKind) -> HeaderLayout? {
    var best: HeaderLayout?
    var bestScore = 1
    // Each row's own reading, made once: as the lower row of a pair and then as a row alone.
    var below: HeaderLayout?
    for index in 0..<min(searchDepth, rows.count) {
      let single = below ?? layout(names: rows[index].map { clean($0.text) }, first: index, last: index, kind: kind)
      below = nil
      if single.mapping.count > bestScore {
        best = single
        bestScore = single.mapping.count
      }
      guard index + 1 < rows.count else { continue }
      let next = layout(names: rows[index + 1].map { clean($0.text) }, first: index + 1, last: index + 1, kind: kind)
      below = next
      let joined = joinedLayout(top: rows[index], bottom: rows[index + 1], first: index, kind: kind)
      if joined.mapping.count > max(single.mapping.count, next.mapping.count), joined.mapping.count > bestScore {
        best = joined
        bestScore = joined.mapping.count
      }
    }
    return best
  }

  /// The text with every run of white space as one space, trimmed.
  func clean(_ text: String) -> String {
    var text = text
    return text.withUTF8(Self.cleanASCII) ?? text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// `clean` of ASCII text, a byte at a time (white space: tab, line feed, vertical tab, form
  /// feed, carriage return and space); nil for any other text. (`fold` says why.)
  static func cleanASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    ASCIIWords.joined(bytes) { byte in byte == 0x20 || byte &- 0x09 < 5 ? nil : byte }
  }

  private func layout(names: [String], first: Int, last: Int, kind: RecordKind) -> HeaderLayout {
    var mapping: [CanonicalColumn: Int] = [:]
    var unmapped: [String] = []
    for (index, name) in names.enumerated() where !name.isEmpty {
      if let column = aliases.column(for: name, kind: kind), mapping[column] == nil {
        mapping[column] = index
      } else {
        unmapped.append(name)
      }
    }
    return HeaderLayout(firstRow: first, lastRow: last, names: names, mapping: mapping, unmapped: unmapped)
  }

  private func joinedLayout(top: [RawCell], bottom: [RawCell], first: Int, kind: RecordKind) -> HeaderLayout {
    let width = max(top.count, bottom.count)
    var names: [String] = []
    var mapping: [CanonicalColumn: Int] = [:]
    var unmapped: [String] = []
    var group = ""
    for index in 0..<width {
      var upper = index < top.count ? clean(top[index].text) : ""
      let lower = index < bottom.count ? clean(bottom[index].text) : ""
      // An empty cell right of a group cell, with a sub-header below, belongs to the group
      // (CSV exports of merged cells leave it empty).
      if upper.isEmpty && !lower.isEmpty { upper = group } else { group = lower.isEmpty ? "" : upper }
      let candidates = [upper + " " + lower, lower, upper].map { clean($0) }.filter { !$0.isEmpty }
      let chosen = candidates.first { name in
        aliases.column(for: name, kind: kind).map { mapping[$0] == nil } ?? false
      }
      let name = chosen ?? candidates.first ?? ""
      names.append(name)
      guard !name.isEmpty else { continue }
      if let chosen, let column = aliases.column(for: chosen, kind: kind) {
        mapping[column] = index
      } else {
        unmapped.append(name)
      }
    }
    return HeaderLayout(firstRow: first, lastRow: first + 1, names: names, mapping: mapping, unmapped: unmapped)
  }
}
