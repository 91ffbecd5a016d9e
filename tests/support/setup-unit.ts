// A fresh in-memory IndexedDB for the node unit tests of the data core.
import 'fake-indexeddb/auto';
