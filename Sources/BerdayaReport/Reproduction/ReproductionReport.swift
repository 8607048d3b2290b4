import BerdayaAnalysis

/// Writes the checks of a findings file as reproduce.md and as a plain-text table for the terminal.
public enum ReproductionReport {
  /// reproduce.md: a summary line, one table row per claim, then each claim's source.
  public static func markdown(
    title: String, findingsFile: String, projectTitle: String, checks: [ClaimCheck], language: ReportLanguage
  ) -> String {
    let strings = Strings(language: language)
    let format = ReportFormat(language: language)
    var text = "# \(MarkdownText.escape(title))\n\n"
    text += "\(strings.checked(MarkdownText.code(findingsFile, inTable: false), MarkdownText.escape(projectTitle)))\n\n"
    text += strings.summary(counts(checks)) + "\n\n"
    var table = MarkdownTable(
      header: [
        strings.claim, strings.indicator, strings.keys, strings.published, strings.computed, strings.difference,
        strings.verdict,
      ],
      alignments: [.left, .left, .left, .right, .right, .right, .left])
    for check in checks {
      table.append([
        MarkdownText.code(check.id), MarkdownText.code(check.indicator),
        check.keys.map { MarkdownText.escape($0) }.joined(separator: ", "),
        value(check.published, check.unit, format),
        check.computed.map { value($0, check.unit, format) } ?? ReportFormat.missing,
        check.difference.map { difference($0, check.unit, format, strings) } ?? ReportFormat.missing,
        MarkdownText.escape(strings.verdict(check.verdict)),
      ])
    }
    table.write(to: &text)
    text += "## \(strings.sources)\n\n"
    for check in checks {
      text += "- \(MarkdownText.code(check.id, inTable: false)): \(MarkdownText.escape(check.source))"
      if check.tolerance > 0 {
        text += " (\(strings.tolerance) ± \(value(check.tolerance, check.unit, format, signed: false)))"
      }
      text += "\n"
    }
    text += "\n\(strings.rule)\n"
    return text
  }

  /// An aligned plain-text table (English labels and numbers), for the terminal.
  public static func terminalTable(_ checks: [ClaimCheck]) -> String {
    let strings = Strings(language: .english)
    let format = ReportFormat(language: .english)
    let header = ["claim", "published", "computed", "difference", "verdict"]
    let rows = checks.map { check in
      [
        check.id, value(check.published, check.unit, format),
        check.computed.map { value($0, check.unit, format) } ?? "-",
        check.difference.map { difference($0, check.unit, format, strings) } ?? "-", strings.verdict(check.verdict),
      ]
    }
    let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
    func line(_ cells: [String]) -> String {
      cells.enumerated().map { column, cell in
        let pad = String(repeating: " ", count: widths[column] - cell.count)
        if column == cells.count - 1 { return cell }
        return column == 0 ? cell + pad : pad + cell
      }.joined(separator: "  ") + "\n"
    }
    var text = line(header)
    for row in rows { text += line(row) }
    text += strings.summary(counts(checks)) + "\n"
    return text
  }

  /// Claims that match, differ, and cannot be computed.
  public static func counts(_ checks: [ClaimCheck]) -> (matches: Int, differs: Int, cannot: Int) {
    (
      checks.count { $0.verdict == .matches }, checks.count { $0.verdict == .differs },
      checks.count { $0.computed == nil }
    )
  }

  static func value(_ value: Double, _ unit: ClaimCheck.Unit, _ format: ReportFormat, signed: Bool = true) -> String {
    switch unit {
    case .count: format.decimal(value, digits: value == value.rounded() ? 0 : 2)
    case .fraction: signed ? format.signedPercent(value) : format.decimal(value * 100, digits: 1) + " pp"
    case .rupiah: "Rp " + format.decimal(value, digits: 0)
    }
  }

  static func difference(_ value: Double, _ unit: ClaimCheck.Unit, _ format: ReportFormat, _ strings: Strings) -> String
  {
    let sign = value > 0 ? "+" : ""
    switch unit {
    case .count: return sign + format.decimal(value, digits: value == value.rounded() ? 0 : 2)
    case .fraction: return format.signedPoints(value) + " " + strings.points
    case .rupiah: return sign + "Rp " + format.decimal(value, digits: 0)
    }
  }

  /// The labels of the reproduction report in one language.
  struct Strings {
    let language: ReportLanguage
    var id: Bool { language == .indonesian }

    var claim: String { id ? "Klaim" : "Claim" }
    var indicator: String { id ? "Indikator" : "Indicator" }
    var keys: String { id ? "Kunci" : "Keys" }
    var published: String { id ? "Dipublikasikan" : "Published" }
    var computed: String { id ? "Dihitung" : "Computed" }
    var difference: String { id ? "Selisih" : "Difference" }
    var verdict: String { id ? "Putusan" : "Verdict" }
    var sources: String { id ? "Sumber klaim" : "Sources of the claims" }
    var tolerance: String { id ? "toleransi" : "tolerance" }
    var points: String { "pp" }
    var rule: String {
      id
        ? "Sebuah klaim sesuai bila |dihitung − dipublikasikan| tidak melebihi toleransinya (0 bila tidak disebut). "
          + "Selisih = dihitung − dipublikasikan; untuk persentase dalam poin persen (pp)."
        : "A claim matches when |computed − published| is within its tolerance (0 unless given). "
          + "Difference = computed − published; for percentages in percentage points (pp)."
    }

    func checked(_ file: String, _ project: String) -> String {
      id
        ? "Klaim dari \(file), diperiksa terhadap data proyek \"\(project)\"."
        : "Claims of \(file), checked against the data of \"\(project)\"."
    }

    func summary(_ counts: (matches: Int, differs: Int, cannot: Int)) -> String {
      let total = counts.matches + counts.differs + counts.cannot
      return id
        ? "\(total) klaim: \(counts.matches) sesuai, \(counts.differs) berbeda, \(counts.cannot) tidak dapat dihitung."
        : "\(total) claims: \(counts.matches) match, \(counts.differs) differ, \(counts.cannot) cannot be computed."
    }

    func verdict(_ verdict: ClaimCheck.Verdict) -> String {
      switch verdict {
      case .matches: id ? "sesuai" : "matches"
      case .differs: id ? "berbeda" : "differs"
      case .cannotBeComputed(let reasonID, let reasonEN):
        id ? "tidak dapat dihitung: \(reasonID)" : "cannot be computed: \(reasonEN)"
      }
    }
  }
}
