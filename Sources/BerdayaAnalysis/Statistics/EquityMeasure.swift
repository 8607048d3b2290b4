/// The summary measures of inequality that ``EquitySummary`` computes, with their definitions.
///
/// They follow the WHO Health Equity Assessment Toolkit (HEAT) technical notes, read with
/// "coverage" for "health indicator" and "kecamatan" for "subgroup": kecamatan have no natural
/// order, so the reference is the best-performing one and the measures are the non-ordered ones,
/// plus the Gini coefficient and two counts the DOMAIN.md equity indicator asks for. Coverage is
/// favourable (higher is better), so the best unit has the highest rate. In the formulas
/// r_j = reached_j / registered_j, w_j = registered_j, W = Σ w_j, p_j = w_j / W and
/// μ = Σ reached_j / W (the regional rate); only units with registered > 0 take part.
public enum EquityMeasure: String, CaseIterable, Hashable, Sendable {
  case difference
  case ratio
  case gini
  case theil
  case meanDifferenceFromBest = "mean_difference_from_best"
  case populationAttributableRisk = "population_attributable_risk"
  case populationAttributableFraction = "population_attributable_fraction"
  case zeroReachUnits = "zero_reach_units"
  case topReachShare = "top_reach_share"
  case unitsCounted = "units_counted"

  /// The measure's name, formula and meaning in Indonesian and English.
  public var definition: StatisticDefinition {
    switch self {
    case .difference:
      return StatisticDefinition(
        id: rawValue, nameID: "Selisih (D)", nameEN: "Difference (D)",
        formula: "D = r_best - r_worst",
        textID:
          "Selisih cakupan kecamatan tertinggi dan terendah, dalam poin persentase. 0 berarti setara.",
        textEN:
          "Coverage of the best kecamatan minus that of the worst, in percentage points. 0 means equal."
      )
    case .ratio:
      return StatisticDefinition(
        id: rawValue, nameID: "Rasio (R)", nameEN: "Ratio (R)",
        formula: "R = r_best / r_worst",
        textID:
          "Berapa kali cakupan kecamatan tertinggi dibanding terendah. 1 berarti setara; tidak "
          + "dihitung bila cakupan terendah 0.",
        textEN:
          "How many times the worst kecamatan's coverage the best one's is. 1 means equal; not "
          + "computed when the worst coverage is 0.")
    case .gini:
      return StatisticDefinition(
        id: rawValue, nameID: "Koefisien Gini", nameEN: "Gini coefficient",
        formula: "G = sum_i sum_j w_i w_j |r_i - r_j| / (2 W^2 mu)",
        textID:
          "Rata-rata selisih cakupan antar-pasangan kecamatan (ditimbang jumlah UMKM binaan "
          + "terdaftar) dibagi dua kali cakupan wilayah. 0 = merata; mendekati 1 = seluruh "
          + "jangkauan di satu kecamatan kecil. Tidak dihitung bila tidak ada jangkauan.",
        textEN:
          "Mean absolute difference in coverage between pairs of kecamatan (weighted by registered "
          + "binaan) over twice the regional coverage. 0 = even; near 1 = all reach in one small "
          + "kecamatan. Not computed when nothing is reached.")
    case .theil:
      return StatisticDefinition(
        id: rawValue, nameID: "Indeks Theil (T)", nameEN: "Theil index (T)",
        formula: "T = sum_j p_j (r_j / mu) ln(r_j / mu), with 0 ln 0 = 0",
        textID:
          "Ukuran ketimpangan berbasis entropi (HEAT); 0 = merata, maksimum ln(1/p) bila seluruh "
          + "jangkauan di satu kecamatan berbobot p. Tidak dihitung bila tidak ada jangkauan.",
        textEN:
          "Entropy-based inequality (HEAT); 0 = even, at most ln(1/p) when all reach is in one "
          + "kecamatan of weight p. Not computed when nothing is reached.")
    case .meanDifferenceFromBest:
      return StatisticDefinition(
        id: rawValue, nameID: "Rata-rata selisih dari terbaik (MDB)",
        nameEN: "Mean difference from best (MDB)",
        formula: "MDB = sum_j p_j |r_j - r_best|",
        textID:
          "Rata-rata tertimbang jarak cakupan tiap kecamatan ke kecamatan terbaik, dalam poin "
          + "persentase. Dengan acuan kecamatan terbaik nilainya sama dengan PAR.",
        textEN:
          "Weighted mean distance of each kecamatan's coverage from the best one's, in percentage "
          + "points. With the best kecamatan as reference it equals PAR.")
    case .populationAttributableRisk:
      return StatisticDefinition(
        id: rawValue, nameID: "Risiko atribusi populasi (PAR)",
        nameEN: "Population attributable risk (PAR)",
        formula: "PAR = r_best - mu",
        textID:
          "Kenaikan cakupan wilayah bila setiap kecamatan mencapai cakupan kecamatan terbaik, "
          + "dalam poin persentase.",
        textEN:
          "How much the regional coverage would rise if every kecamatan reached the best one's, in "
          + "percentage points.")
    case .populationAttributableFraction:
      return StatisticDefinition(
        id: rawValue, nameID: "Fraksi atribusi populasi (PAF)",
        nameEN: "Population attributable fraction (PAF)",
        formula: "PAF = PAR / mu",
        textID:
          "PAR sebagai bagian dari cakupan wilayah (HEAT mengalikannya dengan 100). Tidak dihitung "
          + "bila cakupan wilayah 0.",
        textEN:
          "PAR as a fraction of the regional coverage (HEAT multiplies it by 100). Not computed "
          + "when the regional coverage is 0.")
    case .zeroReachUnits:
      return StatisticDefinition(
        id: rawValue, nameID: "Kecamatan tanpa jangkauan", nameEN: "Kecamatan with zero reach",
        formula: "#{ j : reached_j = 0 }",
        textID:
          "Jumlah kecamatan dengan UMKM binaan terdaftar tetapi tanpa satu pun yang terjangkau.",
        textEN: "Number of kecamatan with registered binaan of which none was reached.")
    case .topReachShare:
      return StatisticDefinition(
        id: rawValue, nameID: "Porsi kecamatan teratas", nameEN: "Top kecamatan's share of reach",
        formula: "max_j reached_j / sum_j reached_j",
        textID:
          "Bagian seluruh UMKM terjangkau yang berada di satu kecamatan dengan jangkauan terbanyak. "
          + "1 berarti program hanya berjalan di satu kecamatan.",
        textEN:
          "Share of all enterprises reached that lie in the kecamatan with the most reach. 1 means "
          + "the programme ran in a single kecamatan.")
    case .unitsCounted:
      return StatisticDefinition(
        id: rawValue, nameID: "Kecamatan dihitung", nameEN: "Kecamatan counted",
        formula: "#{ j : registered_j > 0 }",
        textID:
          "Kecamatan yang masuk perhitungan: yang memiliki UMKM binaan terdaftar. Kecamatan tanpa "
          + "binaan tidak memiliki cakupan dan tidak ikut dihitung.",
        textEN:
          "Kecamatan that take part: those with registered binaan. A kecamatan without binaan has "
          + "no coverage and is left out.")
    }
  }
}
