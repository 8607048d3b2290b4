extension SourceRow {
  /// A copy that no longer borrows the CSV parser's buffer.
  func owned() -> SourceRow {
    if case .cells = storage { return self }
    return SourceRow(number: number, cells: cells)
  }
}
