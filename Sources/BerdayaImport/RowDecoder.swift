import BerdayaModel

/// Turns one data row into a record, or quarantines it with the reason.
///
/// Quarantine rules (a row is set aside only when it cannot become a record at all):
/// - registry: no registration number, NIB, NIK or business name (nothing identifies it);
/// - activities: no reference to an enterprise, or a programme kind that neither the kind nor the
///   activity name maps to (an unknown kind is reported, never guessed);
/// - population: no count, or no place.
/// Any other unreadable value becomes unknown and is listed as a value issue.
struct RowDecoder {
  let normaliser: ValueNormaliser
  /// See `FileImporter.keepsDescriptiveText`.
  var keepsDescriptions = true

  enum Outcome<Record> {
    case accepted(Record, [ImportIssue])
    case quarantined([ImportIssue])
  }

  func registry(_ fields: inout FieldReader) -> Outcome<RegistryRecord> {
    var record = RegistryRecord(location: fields.location(nil))
    if let quarantine = registry(&fields, into: &record) { return .quarantined(fields.issues + [quarantine]) }
    return .accepted(record, fields.issues)
  }

  /// Reads a registry row into `record`, overwriting every field, so that one record can serve a
  /// whole file; the row's quarantine issue (the row's other issues are in `fields.issues`) when
  /// nothing identifies the enterprise, else nil.
  ///
  /// Measured at size L (1M rows): a new record per row, wrapped in an `Outcome` and handed to a
  /// sink, spent 12% of its decoding time copying and destroying records.
  func registry(_ fields: inout FieldReader, into record: inout RegistryRecord) -> ImportIssue? {
    fields.moveToRow(&record.location)
    record.$registrationNumber = fields.inlineText(.noRegistrasi)
    record.nib = fields.nib(.nib)
    record.ownerNIK = fields.nik(.nikPemilik)
    record.$businessName = fields.inlineText(.namaUsaha)
    record.ownerName = description(.namaPemilik, &fields)?.string
    record.gender = fields.code(.jenisKelamin, canonical: CodeParser.canonicalGender, parse: CodeParser.gender)
    record.sector = fields.inlineText(.sektor).map(normaliser.sector)
    record.scale = fields.code(.skala, canonical: CodeParser.canonicalScale, parse: CodeParser.scale)
    record.$kecamatan = fields.inlineText(.kecamatan)
    record.$kelurahan = fields.inlineText(.kelurahan)
    record.address = description(.alamat, &fields)?.string
    record.registeredOn = fields.date(.tanggalDaftar)
    record.reRegisteredOn = fields.date(.tanggalDaftarUlang)
    record.status = fields.code(.statusBinaan, canonical: CodeParser.canonicalStatus, parse: CodeParser.binaanStatus)
    record.monthlyTurnover = fields.rupiah(.omzetBulanan)
    record.workers = fields.integer(.tenagaKerja)
    guard record.$registrationNumber != nil || record.nib != nil || record.ownerNIK != nil || record.$businessName != nil
    else {
      return quarantine(fields, nil, rowText(fields), "no identity (no registration number, NIB, NIK or business name)")
    }
    return nil
  }

  /// Decodes an activity row into `record`, overwriting every field (one record serves a whole
  /// file or piece), and lends it to `accept` when the row is accepted. Measured: returning it in an
  /// `Outcome` copied the record twice more per row (a retain and release each, 4% of the L job); a
  /// new record per row (its location's file name retained, every field destroyed) cost 9% of the
  /// instructions of reading activities into records, 14% of the CPU time at L.
  func activity(
    _ fields: inout FieldReader, into record: inout ActivityRecord, accept: (borrowing ActivityRecord) throws -> Void
  ) rethrows -> (accepted: Bool, issues: [ImportIssue]) {
    fields.moveToRow(&record.location)
    record.$activityID = description(.idKegiatan, &fields)
    // The name is needed when the kind is not given or not known; a tidy one is read then.
    let name = keepsDescriptions || !fields.isTidyText(.namaKegiatan) ? fields.inlineText(.namaKegiatan) : nil
    record.$activityName = keepsDescriptions ? name : nil
    let jenis = fields.inlineText(.jenisKegiatan)
    record.kind = normaliser.kind(jenis: jenis) { name?.string ?? fields.text(.namaKegiatan) }
    record.date = fields.date(.tanggal)
    record.$registrationNumber = fields.inlineText(.noRegistrasi)
    record.nib = fields.nib(.nib)
    record.ownerNIK = fields.nik(.nikPemilik)
    record.businessName = fields.text(.namaUsaha)
    record.kelurahan = fields.text(.kelurahan)
    record.$kecamatan = fields.inlineText(.kecamatanKegiatan)
    record.cost = fields.rupiah(.biaya)
    record.$partner = description(.mitra, &fields)
    record.isActive = nil
    if let status = fields.text(.status) {
      record.isActive = CodeParser.active(status)
      if record.isActive == nil { fields.note(.status, status, "unknown status word") }
    }
    var problems: [ImportIssue] = []
    if record.kind == nil {
      let shown = jenis?.string ?? name?.string ?? fields.text(.namaKegiatan) ?? ""
      problems.append(quarantine(fields, jenis == nil ? .namaKegiatan : .jenisKegiatan, shown, "unknown programme kind"))
    }
    if record.$registrationNumber == nil && record.nib == nil && record.ownerNIK == nil && record.businessName == nil {
      problems.append(quarantine(fields, nil, rowText(fields), "no enterprise reference"))
    }
    guard problems.isEmpty else { return (false, fields.issues + problems) }
    try accept(record)
    return (true, fields.issues)
  }

  /// A descriptive column's text; nil without reading it when such text is left out and the cell
  /// is tidy (one that is not is still read, for its issues). Inlined, as `FieldReader.inlineText`
  /// is, for the same reason.
  @inline(__always)
  private func description(_ column: CanonicalColumn, _ fields: inout FieldReader) -> InlineText? {
    guard keepsDescriptions || !fields.isTidyText(column) else { return nil }
    let text = fields.inlineText(column)
    return keepsDescriptions ? text : nil
  }

  func population(_ fields: inout FieldReader) -> Outcome<PopulationRecord> {
    var record = PopulationRecord(location: fields.location(nil))
    record.kecamatan = fields.text(.kecamatan)
    record.category = fields.text(.sektor)
    record.sector = record.category.map(normaliser.sector)
    record.year = fields.integer(.tahun)
    record.count = fields.integer(.jumlah)
    var problems: [ImportIssue] = []
    if record.count == nil {
      problems.append(quarantine(fields, .jumlah, fields.cell(.jumlah).text, "no count"))
    }
    if record.kecamatan == nil {
      problems.append(quarantine(fields, .kecamatan, "", "no place"))
    }
    return problems.isEmpty ? .accepted(record, fields.issues) : .quarantined(fields.issues + problems)
  }

  private func quarantine(_ fields: FieldReader, _ column: CanonicalColumn?, _ value: String, _ reason: String)
    -> ImportIssue
  {
    ImportIssue(location: fields.location(column), value: value, reason: reason, quarantinesRow: true)
  }

  /// The row's mapped, non-personal cells joined, so a quarantined row can be found by eye.
  /// (Unmapped columns are left out: they may hold phone numbers or other personal data.) Control
  /// characters are shown in hex, so that a NUL never reaches quarantine.csv.
  private func rowText(_ fields: FieldReader) -> String {
    fields.layout.mapping.filter { !$0.key.isPersonal }.map(\.value).sorted()
      .map { HexEscapedText(fields.row.cell($0).text.utf8).text }.filter { !$0.isEmpty }.joined(separator: " | ")
  }
}
