import BerdayaAnalysis
import BerdayaModel

extension MarkdownReportWriter {
  /// Keys of a dictionary in byte-wise order, so that output never depends on hashing.
  static func sortedKeys<V>(_ dictionary: [String: V]) -> [String] {
    dictionary.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }

  /// Files, rows read / accepted / quarantined by reason, linkage, normalisation, unknowns.
  /// Counts only: no value from a quarantined row is shown.
  func writeDataQuality(to output: inout String) {
    output += "## " + strings.dataQuality + "\n\n"
    output += "### " + strings.pick("Berkas masukan", "Input files") + "\n\n"
    var files = MarkdownTable(
      header: [strings.file, strings.kind, strings.sheets, strings.rowsRead, strings.accepted, strings.quarantined],
      alignments: [.left, .left, .left, .right, .right, .right])
    for input in context.inputs {
      files.append([
        MarkdownText.escape(input.path), strings.recordKind(input.kind),
        input.sheets.isEmpty ? ReportFormat.missing : MarkdownText.escape(input.sheets.joined(separator: ", ")),
        format.count(input.rowsRead), format.count(input.accepted), format.count(input.quarantined),
      ])
    }
    files.write(to: &output)

    let quarantine = context.inputs.flatMap { input in
      Self.sortedKeys(input.quarantinedByReason).map { (input.path, $0, input.quarantinedByReason[$0] ?? 0) }
    }
    if !quarantine.isEmpty {
      output += "### " + strings.pick("Baris dikarantina per alasan", "Rows quarantined by reason") + "\n\n"
      var table = MarkdownTable(header: [strings.file, strings.reason, strings.rows], alignments: [.left, .left, .right])
      for (path, reason, count) in quarantine {
        table.append([MarkdownText.escape(path), MarkdownText.escape(reason), format.count(count)])
      }
      table.write(to: &output)
    }
    let issues = context.inputs.flatMap { input in
      Self.sortedKeys(input.valueIssuesByReason).map { (input.path, $0, input.valueIssuesByReason[$0] ?? 0) }
    }
    if !issues.isEmpty {
      output += "### " + strings.pick("Nilai dibaca sebagai tidak diketahui", "Values read as unknown") + "\n\n"
      var table = MarkdownTable(header: [strings.file, strings.reason, strings.count], alignments: [.left, .left, .right])
      for (path, reason, count) in issues {
        table.append([MarkdownText.escape(path), MarkdownText.escape(reason), format.count(count)])
      }
      table.write(to: &output)
    }

    output += "### " + strings.pick("Registri dan nilai tidak diketahui", "Registry and unknown values") + "\n\n"
    let unknowns = result.unknowns
    var registry = MarkdownTable(header: [strings.indicator, strings.count])
    registry.append([strings.pick("Usaha dalam registri", "Enterprises in the registry"), format.count(unknowns.enterprises)])
    registry.append([
      strings.pick("Baris digabung sebagai duplikat", "Rows merged as duplicates"), format.count(context.mergedDuplicateRows),
    ])
    registry.append([
      strings.pick("Kelompok kemungkinan duplikat", "Possible duplicate groups"),
      format.count(context.possibleDuplicateGroups),
    ])
    registry.append([strings.pick("Kecamatan tidak diketahui", "Kecamatan unknown"), format.count(unknowns.kecamatan)])
    registry.append([strings.pick("Sektor tidak diketahui", "Sector unknown"), format.count(unknowns.sector)])
    registry.append([strings.pick("Status binaan tidak diketahui", "Binaan status unknown"), format.count(unknowns.status)])
    registry.append([
      strings.pick("Tanggal daftar tidak diketahui", "Registration date unknown"), format.count(unknowns.registrationDate),
    ])
    registry.write(to: &output)

    output += "### " + strings.pick("Penggunaan baris kegiatan", "How activity rows were used") + "\n\n"
    let counts = result.activityCounts
    var usage = MarkdownTable(header: [strings.indicator, strings.count])
    usage.append([strings.pick("Seluruh kegiatan", "All activities"), format.count(counts.total)])
    usage.append([strings.pick("Dalam periode", "In the period"), format.count(counts.inPeriod)])
    usage.append([strings.pick("Di luar periode", "Outside the period"), format.count(counts.outsidePeriod)])
    usage.append([strings.pick("Tanpa tanggal", "Undated"), format.count(counts.undated)])
    usage.append([strings.pick("Menjangkau binaan", "Reaching binaan"), format.count(counts.reachingBinaan)])
    usage.append([strings.pick("Menjangkau non-binaan", "Reaching non-binaan"), format.count(counts.reachingNonBinaan)])
    usage.append([strings.pick("Tidak cocok dengan registri", "Matched no registry entry"), format.count(counts.unmatched)])
    usage.append([
      strings.pick("Jenis di luar dimensi (mis. monitoring)", "Kinds in no dimension (e.g. monitoring)"),
      format.count(counts.withoutDimension),
    ])
    usage.write(to: &output)

    if !counts.unmatchedByKecamatan.isEmpty {
      output += "### " + strings.pick("Kegiatan tidak cocok per kecamatan kegiatan", "Unmatched activities by kecamatan of the activity") + "\n\n"
      var table = MarkdownTable(header: [strings.unitColumn(unit), strings.activities])
      for name in Self.sortedKeys(counts.unmatchedByKecamatan) {
        table.append([MarkdownText.escape(strings.displayName(name)), format.count(counts.unmatchedByKecamatan[name] ?? 0)])
      }
      table.write(to: &output)
    }

    if !context.linkage.isEmpty {
      output += "### " + strings.pick("Pencocokan kegiatan ke registri", "Linking activities to the registry") + "\n\n"
      var table = MarkdownTable(header: [strings.methodColumn, strings.activities])
      for method in Self.sortedKeys(context.linkage) {
        table.append([MarkdownText.escape(strings.linkageMethod(method)), format.count(context.linkage[method] ?? 0)])
      }
      table.write(to: &output)
    }

    let normalisation = Self.sortedKeys(context.normalisation).flatMap { field in
      let methods = context.normalisation[field] ?? [:]
      return Self.sortedKeys(methods).map { (field, $0, methods[$0] ?? 0) }
    }
    if !normalisation.isEmpty {
      output += "### " + strings.pick("Normalisasi nilai", "Value normalisation") + "\n\n"
      var table = MarkdownTable(
        header: [strings.field, strings.methodColumn, strings.count], alignments: [.left, .left, .right])
      for (field, method, count) in normalisation {
        table.append([MarkdownText.escape(field), MarkdownText.escape(method), format.count(count)])
      }
      table.write(to: &output)
    }
  }
}
