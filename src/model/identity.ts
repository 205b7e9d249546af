/**
 * The identity fingerprints use for a rule or a NAT entry: its content-derived identity when
 * its vendor id is positional, else the id itself. Reports keep showing the id; only the
 * fingerprint, which must survive unrelated edits, reads this.
 */
export function identityOf(element: { readonly id: string; readonly identity?: string }): string {
  return element.identity ?? element.id;
}
