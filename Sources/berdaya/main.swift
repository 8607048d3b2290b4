import BerdayaCLI
import CMalloc

// glibc raises its mmap threshold to the size of each large block it frees (up to 32 MiB), so once
// the import's tables have grown by copying, every later block below that size comes from the heap,
// where the holes they leave are kept rather than given back. Fixing the threshold at glibc's own
// default (128 KiB) keeps large blocks in mappings of their own: validate of the 1,048,575-row
// registry.xlsx 737 -> 600 MB peak RSS, the same rows from CSV 675 -> 587 MB, time unchanged.
_ = CMalloc_fixMmapThreshold(128 << 10)

BerdayaCommand.main()
