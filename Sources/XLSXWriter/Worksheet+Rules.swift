internal import CXLSXWriter

extension Worksheet {
  /// Restricts what may be entered in `range`: a drop-down list, numbers or dates.
  ///
  /// libxlsxwriter checks the limits (titles 32 characters, messages 255, the joined list
  /// 255) and returns `LXW_ERROR_PARAMETER_VALIDATION` or a length error, which is thrown.
  ///
  /// The corresponding C function is `worksheet_data_validation_range`.
  public func dataValidation(_ range: CellRange, _ validation: DataValidation)
    throws(XLSXWriterError)
  {
    let (r1, c1, r2, c2) = try cells(range, "adding data validation to")
    let strings = CStringCopies()
    var v = lxw_data_validation()
    switch validation.rule {
    case .list(let items):
      v.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
      v.value_list = strings.copyList(items)
    case .listFrom(let source):
      v.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
      v.value_formula = strings.copy(source.formula)
    case .wholeNumber(let comparison):
      v.validate = UInt8(LXW_VALIDATION_TYPE_INTEGER.rawValue)
      v.criteria = comparison.validationCriteria
      let (value, minimum, maximum) = comparison.operands
      v.value_number = Double(value ?? 0)
      v.minimum_number = Double(minimum ?? 0)
      v.maximum_number = Double(maximum ?? 0)
    case .decimal(let comparison):
      v.validate = UInt8(LXW_VALIDATION_TYPE_DECIMAL.rawValue)
      v.criteria = comparison.validationCriteria
      let (value, minimum, maximum) = comparison.operands
      v.value_number = value ?? 0
      v.minimum_number = minimum ?? 0
      v.maximum_number = maximum ?? 0
    case .date(let comparison):
      v.validate = UInt8(LXW_VALIDATION_TYPE_DATE.rawValue)
      v.criteria = comparison.validationCriteria
      let (value, minimum, maximum) = comparison.operands
      if let value { v.value_datetime = value.lxw }
      if let minimum { v.minimum_datetime = minimum.lxw }
      if let maximum { v.maximum_datetime = maximum.lxw }
    }
    v.input_title = strings.copy(validation.inputTitle)
    v.input_message = strings.copy(validation.inputMessage)
    v.error_title = strings.copy(validation.errorTitle)
    v.error_message = strings.copy(validation.errorMessage)
    v.error_type = UInt8(validation.errorStyle.lxw.rawValue)
    v.ignore_blank = flag(validation.ignoreBlank)
    v.dropdown = flag(validation.showDropdown)
    // The C function copies the struct and its strings into its own lxw_data_val_obj.
    let result = withExtendedLifetime(strings) {
      worksheet_data_validation_range(sheet, r1, c1, r2, c2, &v)
    }
    try check(result, operation("adding data validation to", range))
  }

  /// Formats cells of `range` by their value: a colour scale or a value rule.
  ///
  /// The corresponding C function is `worksheet_conditional_format_range`.
  public func conditionalFormat(_ range: CellRange, _ rule: ConditionalFormat)
    throws(XLSXWriterError)
  {
    let (r1, c1, r2, c2) = try cells(range, "adding conditional format to")
    var f = lxw_conditional_format()
    switch rule {
    case .twoColorScale(let min, let max):
      f.type = UInt8(LXW_CONDITIONAL_2_COLOR_SCALE.rawValue)
      (f.min_rule_type, f.min_value, f.min_color) = min.lxw
      (f.max_rule_type, f.max_value, f.max_color) = max.lxw
    case .threeColorScale(let min, let mid, let max):
      f.type = UInt8(LXW_CONDITIONAL_3_COLOR_SCALE.rawValue)
      (f.min_rule_type, f.min_value, f.min_color) = min.lxw
      (f.mid_rule_type, f.mid_value, f.mid_color) = mid.lxw
      (f.max_rule_type, f.max_value, f.max_color) = max.lxw
    case .cellValue(let comparison, let format):
      f.type = UInt8(LXW_CONDITIONAL_TYPE_CELL.rawValue)
      f.criteria = comparison.conditionalCriteria
      let (value, minimum, maximum) = comparison.operands
      f.value = value ?? 0
      f.min_value = minimum ?? 0
      f.max_value = maximum ?? 0
      f.format = resolve(format)
    }
    try check(
      worksheet_conditional_format_range(sheet, r1, c1, r2, c2, &f),
      operation("adding conditional format to", range))
  }

  private func flag(_ on: Bool) -> UInt8 {
    UInt8((on ? LXW_VALIDATION_ON : LXW_VALIDATION_OFF).rawValue)
  }
}

extension Comparison {
  var validationCriteria: UInt8 {
    let criteria: lxw_validation_criteria =
      switch self {
      case .between: LXW_VALIDATION_CRITERIA_BETWEEN
      case .notBetween: LXW_VALIDATION_CRITERIA_NOT_BETWEEN
      case .equalTo: LXW_VALIDATION_CRITERIA_EQUAL_TO
      case .notEqualTo: LXW_VALIDATION_CRITERIA_NOT_EQUAL_TO
      case .greaterThan: LXW_VALIDATION_CRITERIA_GREATER_THAN
      case .lessThan: LXW_VALIDATION_CRITERIA_LESS_THAN
      case .greaterThanOrEqualTo: LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO
      case .lessThanOrEqualTo: LXW_VALIDATION_CRITERIA_LESS_THAN_OR_EQUAL_TO
      }
    return UInt8(criteria.rawValue)
  }

  var conditionalCriteria: UInt8 {
    let criteria: lxw_conditional_criteria =
      switch self {
      case .between: LXW_CONDITIONAL_CRITERIA_BETWEEN
      case .notBetween: LXW_CONDITIONAL_CRITERIA_NOT_BETWEEN
      case .equalTo: LXW_CONDITIONAL_CRITERIA_EQUAL_TO
      case .notEqualTo: LXW_CONDITIONAL_CRITERIA_NOT_EQUAL_TO
      case .greaterThan: LXW_CONDITIONAL_CRITERIA_GREATER_THAN
      case .lessThan: LXW_CONDITIONAL_CRITERIA_LESS_THAN
      case .greaterThanOrEqualTo: LXW_CONDITIONAL_CRITERIA_GREATER_THAN_OR_EQUAL_TO
      case .lessThanOrEqualTo: LXW_CONDITIONAL_CRITERIA_LESS_THAN_OR_EQUAL_TO
      }
    return UInt8(criteria.rawValue)
  }
}

extension DataValidation.ErrorStyle {
  var lxw: lxw_validation_error_types {
    switch self {
    case .stop: LXW_VALIDATION_ERROR_TYPE_STOP
    case .warning: LXW_VALIDATION_ERROR_TYPE_WARNING
    case .information: LXW_VALIDATION_ERROR_TYPE_INFORMATION
    }
  }
}

extension ColorScalePoint {
  /// Rule type, value and colour, the three fields each scale point has in `lxw_conditional_format`.
  var lxw: (UInt8, Double, lxw_color_t) {
    let (type, value): (lxw_conditional_format_rule_types, Double) =
      switch position {
      case .lowest: (LXW_CONDITIONAL_RULE_TYPE_MINIMUM, 0)
      case .highest: (LXW_CONDITIONAL_RULE_TYPE_MAXIMUM, 0)
      case .number(let v): (LXW_CONDITIONAL_RULE_TYPE_NUMBER, v)
      case .percent(let v): (LXW_CONDITIONAL_RULE_TYPE_PERCENT, v)
      case .percentile(let v): (LXW_CONDITIONAL_RULE_TYPE_PERCENTILE, v)
      }
    return (UInt8(type.rawValue), value, color.rgb)
  }
}
