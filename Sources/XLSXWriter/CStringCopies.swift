internal import CXLSXWriter

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// C copies of Swift strings that must stay alive across one C call taking several of them
/// (option structs such as `lxw_doc_properties` and `lxw_data_validation`).
///
/// libxlsxwriter copies every string it keeps (`lxw_strdup`), so the copies are freed as soon
/// as the call that used them returns.
final class CStringCopies {
  private var copies: [UnsafeMutablePointer<CChar>] = []
  private var lists: [UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>] = []

  deinit {
    for copy in copies { free(copy) }
    for list in lists { list.deallocate() }
  }

  /// A NUL-terminated copy of `string`, or nil for nil.
  func copy(_ string: String?) -> UnsafeMutablePointer<CChar>? {
    guard let string else { return nil }
    guard let copy = strdup(string) else {
      preconditionFailure("XLSXWriter: out of memory copying a string")
    }
    copies.append(copy)
    return copy
  }

  /// A NULL-terminated array of copies, the shape of `lxw_data_validation.value_list`.
  func copyList(_ strings: [String]) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> {
    let list = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(
      capacity: strings.count + 1)
    for (index, string) in strings.enumerated() { list[index] = copy(string) }
    list[strings.count] = nil
    lists.append(list)
    return list
  }

}
