// Categories a user has accepted for one conversation (the "Accept for this conversation" button),
// kept in conversation state. The engine leaves their findings out of every later review in that
// conversation (its `acceptedFindings` option), so cards, the Markdown report and the Word file agree.

import type { ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { AcceptedFinding, CategoryId } from '../shared/types';

/** At most this many categories are kept (there are 13; anything more is not a real category). */
const MAX_ACCEPTED = 32;

/**
 * The accepted categories of a conversation.
 *
 * @example
 * const accepted = new AcceptedCategories(conversationState);
 * await accepted.add(context, 'liability-cap');
 * engine.review(text, { acceptedFindings: acceptedFindings(await accepted.list(context)) });
 */
export class AcceptedCategories {
  private readonly property: StatePropertyAccessor<CategoryId[]>;

  constructor(conversationState: ConversationState) {
    this.property = conversationState.createProperty('acceptedCategories');
  }

  async list(context: TurnContext): Promise<CategoryId[]> {
    return [...(await this.property.get(context, []))];
  }

  async add(context: TurnContext, category: CategoryId): Promise<void> {
    const current = await this.list(context);
    if (!current.includes(category)) await this.property.set(context, [...current, category].slice(-MAX_ACCEPTED));
  }

  async remove(context: TurnContext, category: CategoryId): Promise<void> {
    const current = await this.list(context);
    await this.property.set(context, current.filter((id) => id !== category));
  }
}

/**
 * Accepted categories as the engine's accepted findings (a whole category each).
 *
 * @example acceptedFindings(['liability-cap']) // → [{ category: 'liability-cap' }]
 */
export function acceptedFindings(categories: readonly CategoryId[]): AcceptedFinding[] {
  return categories.map((category) => ({ category }));
}
