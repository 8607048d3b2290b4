import BerdayaAnalysis
import BerdayaModel

/// The sentences of a report's narrative and the titles of its charts, built from numbers that
/// are already formatted. Names from the data come in unescaped; the writer escapes them.
extension ReportStrings {
  /// The name shown for an unknown kecamatan or sector.
  public var unknownName: String { pick("(tidak diketahui)", "(unknown)") }

  /// A kecamatan or sector key as shown: the unknown key translated, others as they are.
  public func displayName(_ key: String?) -> String {
    guard let key, key != CoverageRow.unknownKey else { return unknownName }
    return key
  }

  /// "Cakupan Enabling seluruh wilayah: 12,5% (95% CI …), 160/1.284 binaan terdaftar."
  public func overallCoverage(dimension: String, rate: String) -> String {
    pick(
      "Cakupan \(dimension) seluruh wilayah: \(rate) binaan terdaftar.",
      "\(dimension) coverage across the region: \(rate) registered binaan.")
  }

  /// "Cakupan Protecting terendah di Medan Belawan: 3,1% (95% CI 1,2–7,9%), 4/129."
  public func lowestCoverage(dimension: String, unitName: String, rate: String) -> String {
    pick(
      "Cakupan \(dimension) terendah di \(unitName): \(rate).",
      "\(dimension) coverage is lowest in \(unitName): \(rate).")
  }

  /// "Tiga kecamatan terlemah: A (3,1%), B (4,0%), C (5,2%)."
  public func weakest(unit: String, list: [String]) -> String {
    let joined = list.joined(separator: ", ")
    switch list.count {
    case 0: return ""
    case 1: return pick("\(unitColumn(unit)) terlemah: \(joined).", "Weakest \(unit): \(joined).")
    default:
      return pick(
        "\(list.count) \(unit) terlemah: \(joined).", "The \(list.count) weakest \(unit): \(joined).")
    }
  }

  /// "Pemerataan: Gini 0,42; 3 dari 21 kecamatan tanpa jangkauan; Medan Kota memegang 35,0% jangkauan."
  public func equitySentence(
    dimension: String, gini: String, zeroReach: Int, counted: Int, unit: String, top: String?, topShare: String
  ) -> String {
    var text = pick(
      "Pemerataan \(dimension): Gini \(gini); \(zeroReach) dari \(counted) \(unit) tanpa jangkauan",
      "Equity of \(dimension): Gini \(gini); \(zeroReach) of \(counted) \(unit) with zero reach")
    if let top {
      text += pick(
        "; \(top) memegang \(topShare) dari seluruh binaan terjangkau",
        "; \(top) holds \(topShare) of all binaan reached")
    }
    return text + "."
  }

  /// "Tidak ada kecamatan dengan binaan yang angkanya diterbitkan." (equity cannot be summarised)
  public func noEquity(unit: String) -> String {
    pick(
      "Pemerataan tidak dapat dihitung: tidak ada \(unit) dengan binaan yang angkanya diterbitkan.",
      "Equity cannot be computed: no \(unit) with binaan has published figures.")
  }

  /// Training follow-up sentence.
  public func trainingFollowUp(days: Int) -> String {
    pick(
      "Binaan yang dilatih dan mendapat pendampingan atau monitoring dalam \(days) hari",
      "Trained binaan with mentoring or monitoring within \(days) days")
  }

  /// Equipment first-visit label.
  public func equipmentFirstVisit(days: Int) -> String {
    pick(
      "Penerima bantuan peralatan dengan kunjungan monitoring dalam \(days) hari",
      "Equipment-aid recipients with a monitoring visit within \(days) days")
  }

  /// Equipment yearly-visit label.
  public var equipmentYearVisit: String {
    pick(
      "Penerima bantuan peralatan dengan kunjungan monitoring lanjutan dalam setahun",
      "Equipment-aid recipients with a further monitoring visit within a year")
  }

  /// E-commerce active label.
  public var ecommerceActive: String {
    pick(
      "Akun e-commerce yang masih aktif (di antara yang berstatus)",
      "E-commerce accounts still active (among those with a status)")
  }

  /// E-commerce without status label.
  public var ecommerceWithoutStatus: String {
    pick("Orientasi e-commerce tanpa status", "E-commerce onboardings without a status")
  }

  /// A continuity finding: "<label>: 45,0% (95% CI …), 9/20."
  public func continuitySentence(label: String, rate: String) -> String {
    "\(label): \(rate)."
  }

  /// "120 dari 1.284 binaan (9,3%) belum mendaftar ulang dalam 6 bulan per 31 Juli 2021."
  public func reRegistrationSentence(overdue: String, registered: String, percent: String, months: Int, asOf: String)
    -> String
  {
    pick(
      "\(overdue) dari \(registered) binaan (\(percent)) belum mendaftar ulang dalam \(months) bulan terakhir per \(asOf).",
      "\(overdue) of \(registered) binaan (\(percent)) have not re-registered in the last \(months) months as of \(asOf)."
    )
  }

  /// "Binaan terdaftar: 1.284 (2019) menjadi 1.487 (2021), +15,8%; pertumbuhan majemuk tahunan +7,6%."
  public func trendSentence(
    fromCount: String, fromYear: Int, toCount: String, toYear: Int, growth: String, compound: String
  ) -> String {
    pick(
      "Binaan terdaftar per akhir tahun: \(fromCount) (\(fromYear)) menjadi \(toCount) (\(toYear)), \(growth); "
        + "pertumbuhan majemuk tahunan \(compound).",
      "Registered binaan at year end: \(fromCount) (\(fromYear)) to \(toCount) (\(toYear)), \(growth); "
        + "compound annual growth \(compound).")
  }

  /// "Tidak ada data tahunan." / "No yearly figures."
  public var noTrend: String { pick("Tidak ada data tahunan.", "No yearly figures.") }

  /// "Binaan tanpa tanggal daftar (tidak masuk hitungan tahunan): 12."
  public func registeredUnknownDate(_ count: String) -> String {
    pick(
      "Binaan tanpa tanggal daftar (tidak masuk hitungan tahunan): \(count).",
      "Binaan without a registration date (in no year's count): \(count).")
  }

  // MARK: Report header

  /// "Wilayah" / "Region".
  public var region: String { pick("Wilayah", "Region") }
  /// "Periode kegiatan" / "Activity period".
  public var period: String { pick("Periode kegiatan", "Activity period") }
  /// "Kegiatan tercatat" / "Activities on record".
  public var activitiesOnRecord: String { pick("Kegiatan tercatat", "Activities on record") }
  /// "Binaan dihitung per" / "Binaan counted as of".
  public var asOf: String { pick("Binaan dihitung per", "Binaan counted as of") }
  /// "Tanggal laporan" / "Report date".
  public var reportDate: String { pick("Tanggal laporan", "Report date") }
  /// "Kerangka" / "Framework".
  public var framework: String { pick("Kerangka", "Framework") }
  /// "Ambang sel kecil" / "Small-cell threshold".
  public var minCellLabel: String { pick("Ambang sel kecil", "Small-cell threshold") }
  /// "tidak aktif" / "off".
  public var off: String { pick("tidak aktif", "off") }
  /// "semua kegiatan" / "all activities" (no period given).
  public var allActivities: String { pick("semua kegiatan", "all activities") }

  // MARK: Charts

  /// "Cakupan Enabling per kecamatan" / "Enabling coverage by kecamatan".
  public func coverageChartTitle(dimension: String, unit: String) -> String {
    pick("Cakupan \(dimension) per \(unit)", "\(dimension) coverage by \(unit)")
  }

  /// The line under a coverage chart's title.
  public var coverageChartSubtitle: String {
    pick(
      "Batang: % binaan terdaftar yang terjangkau; garis: 95% CI Wilson; kanan: n/N",
      "Bars: % of registered binaan reached; whiskers: 95% Wilson CI; right: n/N")
  }

  /// "Cakupan (% binaan terdaftar)" / "Coverage (% of registered binaan)".
  public var coverageAxis: String { pick("Cakupan (% binaan terdaftar)", "Coverage (% of registered binaan)") }

  /// The label of the regional reference line.
  public func regionLine(_ rate: String) -> String { pick("Wilayah \(rate)", "Region \(rate)") }

  /// "Binaan terdaftar per akhir tahun" / "Registered binaan at year end".
  public var trendRegisteredTitle: String {
    pick("Binaan terdaftar per akhir tahun", "Registered binaan at year end")
  }

  /// "Kegiatan dan binaan terjangkau per tahun" / "Activities and binaan reached per year".
  public var trendActivitiesTitle: String {
    pick("Kegiatan dan binaan terjangkau per tahun", "Activities and binaan reached per year")
  }

  /// "Peta cakupan Enabling" / "Enabling coverage map".
  public func mapTitle(dimension: String) -> String {
    pick("Peta cakupan \(dimension)", "\(dimension) coverage map")
  }

  /// The map's line with the period and the as-of date.
  public func mapSubtitle(period: String, asOf: String) -> String {
    pick("Periode \(period); binaan per \(asOf)", "Period \(period); binaan as of \(asOf)")
  }

  /// "Batas wilayah: …" / "Boundaries: …".
  public func mapSource(_ source: String) -> String { pick("Batas wilayah: \(source)", "Boundaries: \(source)") }

  /// Said instead of drawing a map when no boundaries of the units' level ship for the region.
  public func noMap(unit: String) -> String {
    pick(
      "Peta tidak digambar: Berdaya tidak memuat batas wilayah \(unit) untuk wilayah ini.",
      "No map is drawn: Berdaya ships no \(unit) boundaries for this region.")
  }

  /// "Tidak ada di peta: …" / "Not on the map: …".
  public func notOnMap(_ names: String) -> String { pick("Tidak ada di peta: \(names)", "Not on the map: \(names)") }
}
