/** Puts the keyboard on an element that is not a control (a set's title), if it is on the page. */
export function focusOn(target: HTMLElement | null | undefined): void {
  if (!target?.isConnected) return
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1')
  target.focus()
}

/** A set's title in the list around `from`: a library card's heading, or a name in the studio's list. */
export function setTitleIn(
  from: Element | null | undefined,
  title: string,
): HTMLElement | undefined {
  const names = from?.querySelectorAll<HTMLElement>('h3, .item-name > strong') ?? []
  return [...names].find((el) => el.firstChild?.textContent?.trim() === title)
}
