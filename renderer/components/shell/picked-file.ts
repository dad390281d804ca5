/**
 * The file a hidden `<input type="file">` was given, taken out of it: the input is emptied so
 * picking the same file again fires `change` again.
 */
export function takePickedFile(e: Event): File | null {
  const input = e.target as HTMLInputElement;
  const file = input.files?.[0] ?? null;
  input.value = '';
  return file;
}
