import BerdayaAnalysis
import BerdayaModel

extension MarkdownReportWriter {
  /// Framework and mapping, indicator definitions, period, inputs with hashes, suppression per
  /// table, options and the command that re-runs the report.
  func writeMethod(to output: inout String) {
    output += "## " + strings.method + "\n\n"
    writeFramework(to: &output)
    writeDefinitions(to: &output)
    writePeriod(to: &output)
    writeInputs(to: &output)
    writeSuppression(to: &output)
    writeReproduction(to: &output)
  }

  private func writeFramework(to output: inout String) {
    output += "### " + strings.framework + ": " + MarkdownText.escape(result.framework.name) + "\n\n"
    var table = MarkdownTable(
      header: [strings.dimension, "id", strings.programmeKinds, strings.weight],
      alignments: [.left, .left, .left, .right])
    for dimension in dimensions {
      let kinds = dimension.kinds.map(\.code).sorted().map { code in
        strings.programmeKind(ProgrammeKind(code: code)) + " (" + MarkdownText.code(code) + ")"
      }
      table.append([
        MarkdownText.escape(strings.dimension(dimension)), MarkdownText.code(dimension.id),
        kinds.joined(separator: ", "), format.decimal(dimension.weight, digits: 2),
      ])
    }
    table.write(to: &output)
    let unmapped = ProgrammeKind.known.filter { result.framework.dimensionIndex(of: $0) == nil }
    if !unmapped.isEmpty {
      output +=
        strings.pick("Jenis tanpa dimensi (hanya untuk keberlanjutan): ", "Kinds in no dimension (continuity only): ")
        + unmapped.map { strings.programmeKind($0) + " (" + MarkdownText.code($0.code) + ")" }.joined(separator: ", ")
        + ".\n\n"
    }
  }

  private func writeDefinitions(to output: inout String) {
    output += "### " + strings.pick("Definisi indikator", "Indicator definitions") + "\n\n"
    let options = result.options
    let target = format.percent(options.target, digits: 0)
    var definitions: [StatisticDefinition] = [
      StatisticDefinition(
        id: "coverage", nameID: "Cakupan", nameEN: "Coverage", formula: "reached_d / registered",
        textID:
          "Binaan berbeda yang terjangkau sedikitnya satu kegiatan dimensi d dalam periode, dibagi binaan "
          + "terdaftar per tanggal hitung.",
        textEN:
          "Distinct binaan reached by at least one activity of dimension d in the period, over binaan "
          + "registered as of the counting date."),
      WilsonInterval.definition,
      WeightedComposite.definition,
    ]
    definitions += EquitySummary.definitions
    definitions += [
      StatisticDefinition(
        id: "continuity", nameID: "Keberlanjutan", nameEN: "Continuity",
        formula: "followed_up / trained; visited / aided; active / with_status",
        textID:
          "Binaan terlatih dengan pendampingan atau monitoring dalam \(options.followUpDays) hari; penerima "
          + "bantuan peralatan dengan kunjungan monitoring dalam \(options.equipmentVisitDays) hari dan "
          + "kunjungan lanjutan dalam setahun; akun e-commerce yang statusnya terakhir aktif.",
        textEN:
          "Trained binaan with mentoring or monitoring within \(options.followUpDays) days; equipment-aid "
          + "recipients with a monitoring visit within \(options.equipmentVisitDays) days and a further "
          + "visit within a year; e-commerce accounts whose latest status is active."),
      StatisticDefinition(
        id: "re_registration", nameID: "Daftar ulang", nameEN: "Re-registration",
        formula: "#{ last_registration < as_of - \(options.reRegistrationMonths) months } / registered",
        textID: "Binaan yang pendaftaran terakhirnya lebih lama dari \(options.reRegistrationMonths) bulan.",
        textEN: "Binaan whose latest registration is older than \(options.reRegistrationMonths) months."),
      StatisticDefinition(
        id: "gap_to_target", nameID: "Kesenjangan terhadap target", nameEN: "Gap to target",
        formula: "max(0, ceil(target * registered) - reached)",
        textID: "Binaan yang masih harus dijangkau agar cakupan mencapai target \(target).",
        textEN: "Binaan still to reach for coverage to meet the target of \(target)."),
      GrowthRate.relativeDefinition,
      GrowthRate.compoundAnnualDefinition,
    ]
    definitions += SuppressionReason.allCases.map(\.definition)
    var table = MarkdownTable(
      header: [strings.indicator, "id", strings.formula, strings.definition], alignments: [.left, .left, .left, .left])
    for definition in definitions {
      table.append([
        strings.name(definition), MarkdownText.code(definition.id), MarkdownText.code(definition.formula),
        MarkdownText.escape(strings.text(definition)),
      ])
    }
    table.write(to: &output)
  }

  private func writePeriod(to output: inout String) {
    output += "### " + strings.pick("Periode dan tanggal hitung", "Period and counting date") + "\n\n"
    let options = result.options
    var table = MarkdownTable(header: [strings.indicator, strings.value], alignments: [.left, .left])
    table.append([strings.period, format.period(from: options.from, to: options.to)])
    table.append([strings.activitiesOnRecord, format.period(from: result.firstActivity, to: result.lastActivity)])
    table.append([strings.asOf, format.date(result.asOf)])
    table.append([strings.reportDate, format.date(context.reportDate)])
    table.write(to: &output)
  }

  private func writeInputs(to output: inout String) {
    output += "### " + strings.pick("Berkas masukan dan sidik SHA-256", "Input files and SHA-256 digests") + "\n\n"
    var table = MarkdownTable(
      header: [strings.file, strings.kind, strings.sizeBytes, strings.rowsRead, "SHA-256"],
      alignments: [.left, .left, .right, .right, .left])
    for input in context.inputs {
      table.append([
        MarkdownText.escape(input.path), strings.recordKind(input.kind), format.count(input.bytes),
        format.count(input.rowsRead), MarkdownText.code(input.sha256),
      ])
    }
    table.write(to: &output)
  }

  private func writeSuppression(to output: inout String) {
    output += "### " + strings.pick("Penyembunyian sel kecil", "Small-cell suppression") + "\n\n"
    guard suppression.isActive else {
      output +=
        strings.pick(
          "Penyembunyian sel kecil tidak aktif (`--min-cell 0`): semua sel diterbitkan.",
          "Small-cell suppression is off (`--min-cell 0`): every cell is published.") + "\n\n"
      return
    }
    output +=
      strings.pick(
        "Sel dengan penyebut (binaan terdaftar) di atas 0 dan kurang dari \(context.minCell) tidak menampilkan jumlah "
          + "maupun persentase; sel lain ikut disembunyikan bila total dapat membuka satu sel kecil. Baris total "
          + "wilayah selalu ditampilkan. Tabel \(unit) (cakupan, kesenjangan, daftar ulang), grafik dan peta "
          + "memakai rencana yang sama.",
        "A cell whose denominator (registered binaan) is above 0 and below \(context.minCell) shows neither counts "
          + "nor rates; other cells are withheld too where a total could reveal a single small cell. The region "
          + "total row is always shown. The \(unit) tables (coverage, gap, re-registration), the charts and the "
          + "maps use the same plan.") + "\n\n"
    var table = MarkdownTable(
      header: [
        strings.table, strings.rowsPublished, strings.suppressionReason(.primary),
        strings.suppressionReason(.complementary), strings.pick("Total masih membuka sel", "Total still reveals a cell"),
      ],
      alignments: [.left, .right, .right, .right, .left])
    let kecamatanRows = result.coverage.byKecamatan.count
    let kecamatanWithheld = suppression.kecamatan.count
    for title in [strings.coverageBy(unit: unit), strings.gapToTarget, strings.reRegistration] {
      table.append([
        title, format.count(kecamatanRows - kecamatanWithheld), format.count(suppression.kecamatanCount(.primary)),
        format.count(suppression.kecamatanCount(.complementary)), suppression.kecamatanExposed ? strings.yes : strings.no,
      ])
    }
    table.append([
      strings.coverageBySector, format.count(result.coverage.bySector.count - suppression.sector.count),
      format.count(suppression.sectorCount(.primary)), format.count(suppression.sectorCount(.complementary)),
      suppression.sectorExposed ? strings.yes : strings.no,
    ])
    let continuity = result.continuity
    let proportions = [
      continuity.trainingFollowUp, continuity.equipmentFirstVisit, continuity.equipmentYearVisit,
      continuity.ecommerceActive,
    ]
    let continuityWithheld = proportions.count { suppression.reason(denominator: $0.denominator) != nil }
    table.append([
      strings.continuity, format.count(proportions.count - continuityWithheld), format.count(continuityWithheld),
      format.count(0), strings.no,
    ])
    table.write(to: &output)
  }

  private func writeReproduction(to output: inout String) {
    output += "### " + strings.pick("Menjalankan ulang", "Re-running this report") + "\n\n"
    output += strings.pick("Versi alat: ", "Tool version: ") + MarkdownText.code(context.toolVersion, inTable: false) + "\n\n"
    if !context.options.isEmpty {
      var table = MarkdownTable(header: [strings.option, strings.value], alignments: [.left, .left])
      for key in Self.sortedKeys(context.options) {
        table.append([MarkdownText.code(key), MarkdownText.code(context.options[key] ?? "")])
      }
      table.write(to: &output)
    }
    if !context.command.isEmpty {
      output += MarkdownText.codeBlock(context.command, info: "sh") + "\n"
    }
  }
}
