import BerdayaAnalysis

/// The Markdown report of a project that has only count tables (`report.md`): totals and growth,
/// the trend per unit, shares by category, how evenly the counts spread across units, the small
/// cells withheld, the checks made on the files, and a method part citing every file's source.
///
/// Deterministic like ``MarkdownReport``: units in Kemendagri code order, categories in the
/// table's order, no clock. Cells with 0 < n < min_cell are withheld, with complementary
/// suppression so that published unit and category totals cannot reveal them.
public struct CountMarkdownReport {
  let input: CountReportInput
  let context: ReportContext
  let charts: [ChartFile]
  let strings: ReportStrings

  public init(input: CountReportInput, context: ReportContext, charts: [ChartFile]) {
    self.input = input
    self.context = context
    self.charts = charts
    strings = ReportStrings(language: context.language)
  }

  private var analysis: CountTableAnalysis { input.analysis }
  private var format: ReportFormat { strings.format }
  private func pick(_ indonesian: String, _ english: String) -> String { strings.pick(indonesian, english) }

  /// The report as a string.
  public func render() -> String {
    var text = ""
    write(to: &text)
    return text
  }

  /// Writes the report to `output`.
  public func write(to output: inout some TextOutputStream) {
    var out = ""
    out += "# \(MarkdownText.escape(context.title))\n\n"
    if let name = context.regionName, let code = context.regionCode {
      out += pick("Wilayah", "Region") + ": \(MarkdownText.escape(name)) (\(code)). "
      out += pick("Unit analisis", "Unit of analysis") + ": \(context.unitLabel).\n\n"
    }
    summary(&out)
    trend(&out)
    categories(&out)
    unitByCategory(&out)
    spread(&out)
    checks(&out)
    method(&out)
    output.write(out)
  }

  // MARK: Sections

  private func summary(_ out: inout String) {
    out += "## " + pick("Ringkasan", "Summary") + "\n\n"
    guard let first = analysis.years.first, let last = analysis.years.last else {
      out += pick("Tabel tidak memuat angka.", "The table holds no counts.") + "\n\n"
      return
    }
    let totals = analysis.yearTotals
    out += pick(
      "Tabel memuat \(analysis.units.count) \(context.unitLabel), \(analysis.categories.count) kategori dan tahun \(first)-\(last). ",
      "The table covers \(analysis.units.count) \(context.unitLabel), \(analysis.categories.count) categories and the years \(first)-\(last). ")
    out += pick("Jumlah per tahun: ", "Total per year: ")
    out += zip(analysis.years, totals).map { "\($0) \(format.count($1))" }.joined(separator: "; ") + ".\n\n"
    var table = MarkdownTable(
      header: [pick("Tahun", "Year"), pick("Jumlah", "Total"), pick("Perubahan dari tahun sebelumnya", "Change from the year before")],
      alignments: [.left, .right, .right])
    let growth = analysis.yearOnYearGrowth
    for (index, year) in analysis.years.enumerated() {
      table.append([String(year), format.count(totals[index]), index == 0 ? ReportFormat.missing : format.signedPercent(growth[index - 1])])
    }
    table.write(to: &out)
    for chart in charts { out += "![\(MarkdownText.escape(chart.title))](\(chart.fileName))\n\n" }
  }

  /// Units x years, with each year's list suppressed on its own and growth withheld with its ends.
  private func trend(_ out: inout String) {
    out += "## " + pick("Tren per \(context.unitLabel)", "Trend per \(context.unitLabel)") + "\n\n"
    let totals = analysis.unitTotals
    let plans = analysis.years.indices.map { analysis.totalsSuppression(year: $0, threshold: context.minCell).units }
    let growth = analysis.unitGrowth
    var table = MarkdownTable(
      header: [pick("Kode", "Code"), context.unitLabel] + analysis.years.map(String.init)
        + [pick("Pertumbuhan \(analysis.years.first ?? 0)-\(analysis.years.last ?? 0)", "Growth \(analysis.years.first ?? 0)-\(analysis.years.last ?? 0)")],
      alignments: [.left, .left] + analysis.years.map { _ in .right } + [.right])
    for (u, unit) in analysis.units.enumerated() {
      let cells = analysis.years.indices.map { y in cell(totals[u][y], plans[y][u]) }
      let endsShown = plans.first?[u] == nil && plans.last?[u] == nil
      table.append(
        [input.unitCodes[unit] ?? ReportFormat.missing, MarkdownText.escape(unit)] + cells
          + [endsShown ? format.signedPercent(growth[u]) : suppressedMark(.primary)])
    }
    table.write(to: &out)
    out += suppressionNote + "\n\n"
  }

  private func categories(_ out: inout String) {
    guard analysis.categories.count > 1, let last = analysis.years.indices.last else { return }
    out += "## " + pick("Per kategori", "By category") + "\n\n"
    let totals = analysis.categoryTotals
    let shares = analysis.categoryShares(year: last)
    var table = MarkdownTable(
      header: [pick("Kategori", "Category")] + analysis.years.map(String.init) + [pick("Bagian \(analysis.years[last])", "Share \(analysis.years[last])")],
      alignments: [.left] + analysis.years.map { _ in .right } + [.right])
    let plans = analysis.years.indices.map { analysis.totalsSuppression(year: $0, threshold: context.minCell).categories }
    for (c, category) in analysis.categories.enumerated() {
      let plan = plans.map { $0[c] }
      table.append(
        [MarkdownText.escape(category)] + analysis.years.indices.map { cell(totals[c][$0], plan[$0]) }
          + [plan[last] == nil ? format.percent(shares[c]) : suppressedMark(.primary)])
    }
    table.write(to: &out)
  }

  /// The latest year's unit x category table: where small-cell suppression shows.
  private func unitByCategory(_ out: inout String) {
    guard analysis.categories.count > 1, let last = analysis.years.indices.last else { return }
    let year = analysis.years[last]
    out += "## " + pick("\(context.unitLabel) x kategori, \(year)", "\(context.unitLabel) x category, \(year)") + "\n\n"
    out += pick("Sel kecil per tahun", "Small cells per year") + ": "
    out += analysis.years.indices.map { y in
      let small = analysis.smallCells(year: y, threshold: context.minCell)
      let plan = analysis.suppression(year: y, threshold: context.minCell)
      return pick(
        "\(analysis.years[y]): \(small.zero) sel bernilai 0 (ditampilkan), \(small.small) sel 1-\(context.minCell - 1) disembunyikan, \(plan.count(.complementary)) disembunyikan sebagai pelengkap",
        "\(analysis.years[y]): \(small.zero) cells are 0 (shown), \(small.small) cells of 1-\(context.minCell - 1) withheld, \(plan.count(.complementary)) withheld as complements")
    }.joined(separator: "; ")
    out += pick(". Dari \(analysis.units.count * analysis.categories.count) sel per tahun.\n\n", ". Out of \(analysis.units.count * analysis.categories.count) cells per year.\n\n")
    let plan = analysis.suppression(year: last, threshold: context.minCell)
    var table = MarkdownTable(
      header: [context.unitLabel] + analysis.categories.map(MarkdownText.escape) + [pick("Jumlah", "Total")],
      alignments: [.left] + analysis.categories.map { _ in .right } + [.right])
    let totals = analysis.unitTotals
    let withheld = analysis.totalsSuppression(year: last, threshold: context.minCell)
    for (u, unit) in analysis.units.enumerated() {
      table.append(
        [MarkdownText.escape(unit)] + analysis.categories.indices.map { cell(analysis.counts[u][$0][last], plan.reasons[u][$0]) }
          + [cell(totals[u][last], withheld.units[u])])
    }
    let categoryTotals = analysis.categoryTotals
    table.append(
      [pick("Jumlah", "Total")] + analysis.categories.indices.map { cell(categoryTotals[$0][last], withheld.categories[$0]) }
        + [format.count(analysis.yearTotals[last])])
    table.write(to: &out)
    out += suppressionNote + "\n\n"
  }

  private func spread(_ out: inout String) {
    out += "## " + pick("Sebaran antar-\(context.unitLabel)", "Spread across \(context.unitLabel)") + "\n\n"
    var table = MarkdownTable(
      header: [
        pick("Tahun", "Year"), "Gini", pick("\(context.unitLabel) tanpa usaha", "\(context.unitLabel) with none"),
        pick("Terbesar", "Largest"), pick("Bagian terbesar", "Largest share"),
      ],
      alignments: [.left, .right, .right, .left, .right])
    for (y, year) in analysis.years.enumerated() {
      guard let spread = analysis.spread(year: y) else { continue }
      let top = spread.topReachUnit.map { MarkdownText.escape(analysis.units[$0]) } ?? ReportFormat.missing
      table.append([
        String(year), format.decimal(spread.gini, digits: 3), String(spread.zeroReachUnits), top, format.percent(spread.topReachShare),
      ])
    }
    table.write(to: &out)
    out += pick(
      "Gini dihitung atas jumlah per \(context.unitLabel) (setiap \(context.unitLabel) berbobot 1): 0 = merata, mendekati 1 = hampir semua usaha di satu \(context.unitLabel). Ukuran ini dihitung dari jumlah lengkap dan tidak membuka sel mana pun yang disembunyikan.",
      "The Gini coefficient is taken over the counts per \(context.unitLabel) (each weighted 1): 0 = even, near 1 = almost all enterprises in one \(context.unitLabel). It is computed from the full counts and reveals no withheld cell.")
    out += "\n\n"
  }

  private func checks(_ out: inout String) {
    out += "## " + pick("Pemeriksaan data", "Data checks") + "\n\n"
    unitResolution(&out)
    out += "\n"
    out += pick(
      "- Total yang dinyatakan berkas (baris/kolom JUMLAH): \(input.totalsChecked) diperiksa terhadap jumlah bagiannya, \(input.totalsDisagreeing.count) tidak sama.",
      "- Totals the files state (JUMLAH rows/columns): \(input.totalsChecked) checked against the sum of their parts, \(input.totalsDisagreeing.count) disagree.")
    out += "\n"
    for message in input.totalsDisagreeing { out += "  - \(MarkdownText.escape(message))\n" }
    for (path, comparison) in input.comparisons {
      out += pick(
        "- `\(path)` mencakup \(context.unitLabel) dan tahun yang sama dengan tabel utama, jadi dibandingkan, tidak dijumlahkan: \(comparison.cellsDiffering) dari \(comparison.cellsCompared) sel \(context.unitLabel) x tahun berbeda, selisih terbesar \(format.count(comparison.largestDifference)).",
        "- `\(path)` covers the same \(context.unitLabel) and years as the main table, so it is compared, not added: \(comparison.cellsDiffering) of \(comparison.cellsCompared) \(context.unitLabel) x year cells differ, by at most \(format.count(comparison.largestDifference)).")
      if let example = comparison.example {
        out += pick(" Contoh: ", " For example: ")
          + "\(MarkdownText.escape(example.unit)) \(example.year): \(format.count(example.first)) / \(format.count(example.second))."
      }
      out += "\n"
    }
    out += "- " + strings.noMap(unit: context.unitLabel) + "\n\n"
  }

  /// How many units resolved to Kemendagri codes, and which did not or are missing.
  private func unitResolution(_ out: inout String) {
    guard context.regionCode != nil else {
      out += pick(
        "- Tanpa wilayah (`--region`): nama \(context.unitLabel) tidak dicocokkan dengan kode Kemendagri, hanya ejaannya disatukan.",
        "- No region (`--region`): \(context.unitLabel) names are not matched to Kemendagri codes, only their spellings merged.")
      return
    }
    let resolved = analysis.units.filter { input.unitCodes[$0] != nil }.count
    out += pick(
      "- \(resolved) dari \(analysis.units.count) \(context.unitLabel) cocok dengan kode Kemendagri.",
      "- \(resolved) of \(analysis.units.count) \(context.unitLabel) resolved to Kemendagri codes.")
    if !input.unresolvedUnits.isEmpty {
      out += pick(" Tidak cocok: ", " Not resolved: ") + input.unresolvedUnits.map(MarkdownText.escape).joined(separator: ", ") + "."
    }
    if !input.missingUnits.isEmpty {
      out += pick(" Tidak ada di tabel: ", " Not in the table: ") + input.missingUnits.map(MarkdownText.escape).joined(separator: ", ") + "."
    }
  }

  private func method(_ out: inout String) {
    out += "## " + pick("Metode dan sumber", "Method and sources") + "\n\n"
    for source in input.sources {
      out += "- `\(source.path)`: "
      out += source.citation.map(MarkdownText.escape) ?? pick("sumber tidak disebutkan dalam proyek", "the project names no source")
      out += pick(
        ". \(format.count(source.rowsRead)) baris dibaca, \(format.count(source.accepted)) diterima. SHA-256 `\(source.sha256)`.",
        ". \(format.count(source.rowsRead)) rows read, \(format.count(source.accepted)) accepted. SHA-256 `\(source.sha256)`.")
      if !source.titleFields.isEmpty {
        out += pick(" Diambil dari luar tabel: ", " Taken from outside the table: ") + source.titleFields.map(MarkdownText.escape).joined(separator: ", ") + "."
      }
      out += "\n"
    }
    out += "\n"
    out += pick(
      "Setiap angka adalah jumlah dari angka yang diterbitkan; tidak ada yang diperkirakan. Sel dengan 0 < n < \(context.minCell) disembunyikan (`<\(context.minCell)`), dan sel pelengkap (`×`) agar total baris dan kolom tidak membukanya; sel 0 ditampilkan. Nama \(context.unitLabel) dicocokkan dengan daftar kode wilayah Kemendagri.",
      "Every figure is a sum of published counts; nothing is estimated. Cells with 0 < n < \(context.minCell) are withheld (`<\(context.minCell)`), with complements (`×`) so that row and column totals cannot reveal them; 0 is shown. \(context.unitLabel) names are matched against the Kemendagri region code list.")
    out += "\n\n" + pick("Perintah", "Command") + ": `\(context.command)`\n"
  }

  // MARK: Cells

  private func cell(_ count: Int, _ reason: SuppressionReason?) -> String {
    reason.map(suppressedMark) ?? format.count(count)
  }

  private func suppressedMark(_ reason: SuppressionReason) -> String {
    reason == .primary ? "<\(context.minCell)" : "×"
  }

  private var suppressionNote: String {
    pick(
      "`<\(context.minCell)`: sel kecil disembunyikan; `×`: disembunyikan sebagai pelengkap.",
      "`<\(context.minCell)`: small cell withheld; `×`: withheld as a complement.")
  }
}
