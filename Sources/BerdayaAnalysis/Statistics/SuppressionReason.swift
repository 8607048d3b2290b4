/// Why a published cell is withheld.
public enum SuppressionReason: String, CaseIterable, Hashable, Sendable {
  /// The cell's denominator is above 0 and below the minimum cell size.
  case primary
  /// The cell is large enough, but withheld so that a published total cannot reveal a primary one.
  case complementary

  /// The reason's name and rule in Indonesian and English, for the method section.
  public var definition: StatisticDefinition {
    switch self {
    case .primary:
      return StatisticDefinition(
        id: "suppressed_primary", nameID: "Sel kecil", nameEN: "Small cell",
        formula: "0 < n < N",
        textID:
          "Sel dengan penyebut di atas 0 tetapi kurang dari N (bawaan 5) UMKM tidak menampilkan "
          + "jumlah maupun persentase. Sel 0 tetap ditampilkan: tidak ada usaha yang dapat dikenali.",
        textEN:
          "A cell whose denominator is above 0 but below N (default 5) enterprises shows neither "
          + "counts nor rates. A 0 is still shown: it identifies no enterprise.")
    case .complementary:
      return StatisticDefinition(
        id: "suppressed_complementary", nameID: "Penyembunyian pelengkap",
        nameEN: "Complementary suppression",
        formula:
          "a row or column with exactly one withheld cell -> withhold its smallest other non-zero cell",
        textID:
          "Sel yang cukup besar tetapi ikut disembunyikan agar total baris atau kolom yang "
          + "diterbitkan tidak membuka satu sel kecil dengan pengurangan.",
        textEN:
          "A cell large enough to publish, withheld too so that a published row or column total "
          + "cannot reveal a single small cell by subtraction.")
    }
  }
}
