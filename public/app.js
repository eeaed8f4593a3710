// @ts-check
/* global navigator */
/**
 * The chat page's script: renders Microsoft's Web Chat (window.WebChat, served from the installed
 * botframework-webchat package) against either
 *  - "local": the service's own first-party endpoint (POST /api/webchat/messages), through the small chat
 *    adapter below, which has the DirectLineJS shape Web Chat expects; or
 *  - "directline": Azure Direct Line, with a token the server fetched (the secret never reaches the page).
 * Plain browser JavaScript with JSDoc types, so there is no bundler step.
 */
(function main() {
  'use strict';

  /** Direct Line connection states as Web Chat reads them (botframework-directlinejs ConnectionStatus). */
  const ConnectionStatus = {
    Uninitialized: 0,
    Connecting: 1,
    Online: 2,
    ExpiredToken: 3,
    FailedToConnect: 4,
    Ended: 5,
  };
  const JOIN_EVENT = 'webchat/join';

  const mode = document.body.dataset.mode === 'directline' ? 'directline' : 'local';
  const host = /** @type {HTMLElement} */ (document.getElementById('webchat'));
  const status = /** @type {HTMLElement} */ (document.getElementById('chat-status'));
  const locale = navigator.language || 'en-US';
  const userID = `web-${Math.random().toString(36).slice(2, 10)}`;

  /**
   * @typedef {{ next?: (value: any) => void, error?: (error: unknown) => void, complete?: () => void }} Observer
   * @typedef {{ next: (value: any) => void, error: (error: unknown) => void, complete: () => void }} Sink
   */

  /**
   * The minimum of the TC39 Observable that Web Chat subscribes to (subscribe → { unsubscribe }). Web Chat
   * does not ship an Observable on window.WebChat, and rxjs would be a second download for ten lines.
   */
  class SimpleObservable {
    /** @param {(sink: Sink) => (void | (() => void))} producer */
    constructor(producer) {
      this.producer = producer;
    }

    /**
     * @param {Observer | ((value: any) => void)} [observerOrNext]
     * @param {(error: unknown) => void} [error]
     * @param {() => void} [complete]
     */
    subscribe(observerOrNext, error, complete) {
      /** @type {Observer} */
      const observer =
        typeof observerOrNext === 'function'
          ? { next: observerOrNext, error, complete }
          : observerOrNext || {};
      let closed = false;
      /** @type {void | (() => void)} */
      let cleanup;
      /** @type {Sink} */
      const sink = {
        next: (value) => {
          if (!closed && observer.next) observer.next(value);
        },
        error: (reason) => {
          if (closed) return;
          closed = true;
          if (observer.error) observer.error(reason);
          else console.error(reason);
        },
        complete: () => {
          if (closed) return;
          closed = true;
          if (observer.complete) observer.complete();
        },
      };
      try {
        cleanup = this.producer(sink);
      } catch (reason) {
        sink.error(reason);
      }
      return {
        get closed() {
          return closed;
        },
        unsubscribe() {
          if (closed) return;
          closed = true;
          if (typeof cleanup === 'function') cleanup();
        },
      };
    }
  }

  /**
   * A chat adapter over the first-party endpoint. It echoes every posted activity back (with its
   * clientActivityID, from.role "user" and a timestamp) because Web Chat marks a message "sent" only after
   * both the id and the echo arrive; the bot's replies come back in each POST's response body.
   */
  function createLocalChatAdapter() {
    /** @type {Set<Sink>} */
    const activityObservers = new Set();
    /** @type {Set<Sink>} */
    const statusObservers = new Set();
    let connectionStatus = ConnectionStatus.Uninitialized;
    /** @type {string | undefined} */
    let token;
    /** When the server says the token stops working (ms since epoch); renewed a minute before. */
    let expiresAt = 0;
    let started = false;
    let sequence = 0;
    /** Turns go to the server one at a time, so replies keep the order of the questions. */
    /** @type {Promise<unknown>} */
    let queue = Promise.resolve();

    /** @param {number} next */
    const setStatus = (next) => {
      connectionStatus = next;
      statusObservers.forEach((observer) => observer.next(next));
    };
    /** @param {any} activity */
    const emit = (activity) => activityObservers.forEach((observer) => observer.next(activity));

    /** Starts a conversation; with the current token, renews it for the same conversation instead. */
    const startConversation = async (renew = false) => {
      const response = await fetch('/api/webchat/conversations', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(renew && token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: '{}',
      });
      if (!response.ok) throw new Error(`Could not start a conversation (HTTP ${response.status})`);
      const body = await response.json();
      token = body.token;
      expiresAt = Date.now() + (Number(body.expiresIn) || 3600) * 1000;
    };

    /**
     * Only the fields the server accepts: the server builds the real activity itself.
     * @param {Record<string, unknown>} payload
     * @param {boolean} [retried]
     * @returns {Promise<{ id?: string, timestamp?: string, activities: any[] }>}
     */
    const send = async (payload, retried = false) => {
      if (!token) await startConversation();
      else if (Date.now() > expiresAt - 60_000) await startConversation(true);
      const response = await fetch('/api/webchat/messages', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(payload),
      });
      // A restarted server no longer knows the token: start a new conversation once and retry.
      if (response.status === 401 && !retried) {
        token = undefined;
        return send(payload, true);
      }
      if (!response.ok)
        throw new Error(
          response.status === 429
            ? 'Too many messages; wait a moment and try again.'
            : `The bot did not answer (HTTP ${response.status})`,
        );
      const body = await response.json();
      return { id: body.id, timestamp: body.timestamp, activities: body.activities || [] };
    };

    /**
     * @template T
     * @param {() => Promise<T>} task
     * @returns {Promise<T>}
     */
    const enqueue = (task) => {
      const run = queue.then(task, task);
      queue = run.catch(() => undefined);
      return run;
    };

    const start = () => {
      if (started) return;
      started = true;
      setStatus(ConnectionStatus.Connecting);
      enqueue(async () => {
        await startConversation();
        setStatus(ConnectionStatus.Online);
        // Web Chat sends nothing until the user types; ask for the welcome and starter questions now.
        (await send({ type: 'event', name: JOIN_EVENT, locale })).activities.forEach(emit);
      }).catch((reason) => {
        console.error(reason);
        setStatus(ConnectionStatus.FailedToConnect);
        showStatus('The chat could not connect. Please reload the page to try again.', true);
      });
    };

    return {
      activity$: new SimpleObservable((sink) => {
        activityObservers.add(sink);
        start();
        return () => activityObservers.delete(sink);
      }),
      connectionStatus$: new SimpleObservable((sink) => {
        statusObservers.add(sink);
        sink.next(connectionStatus);
        start();
        return () => statusObservers.delete(sink);
      }),
      /** @param {any} activity */
      postActivity(activity) {
        return new SimpleObservable((sink) => {
          sequence += 1;
          const id = `${userID}-${Date.now()}-${sequence}`;
          const rating = activity.type === 'event' ? readRating(activity) : undefined;
          if (rating) {
            // Web Chat's thumbs beside an answer: sent as the rating button value the endpoint accepts. No
            // echo, so no bubble of the user's; the bot's short thanks is shown.
            enqueue(() => send({ type: 'message', locale, value: { action: 'feedback', ...rating } })).then(
              (turn) => {
                turn.activities.forEach(emit);
                sink.next(id);
                sink.complete();
              },
              (reason) => sink.error(reason),
            );
            return;
          }
          if (activity.type !== 'message') {
            // Typing and other client events mean nothing to this bot: acknowledge them without a round trip.
            sink.next(id);
            sink.complete();
            return;
          }
          /** @type {Record<string, unknown>} */
          const payload = { type: 'message', locale: activity.locale || locale };
          if (typeof activity.text === 'string' && activity.text.length > 0) payload.text = activity.text;
          if (activity.value && typeof activity.value === 'object') payload.value = activity.value;
          enqueue(() => send(payload)).then(
            (turn) => {
              // The server's id and time for this message: the replies point at that id and come after it.
              const echoId = turn.id || id;
              const channelData = {
                ...(activity.channelData || {}),
                clientActivityID: activity.channelData && activity.channelData.clientActivityID,
              };
              emit({
                ...activity,
                id: echoId,
                timestamp: turn.timestamp || new Date().toISOString(),
                from: { ...(activity.from || {}), id: userID, role: 'user' },
                channelData,
              });
              turn.activities.forEach(emit);
              sink.next(echoId);
              sink.complete();
            },
            (reason) => sink.error(reason),
          );
        });
      },
      end() {
        setStatus(ConnectionStatus.Ended);
        activityObservers.forEach((observer) => observer.complete());
        activityObservers.clear();
      },
    };
  }

  /**
   * Web Chat posts an event named "webchat:activity-status/feedback" when its thumbs are clicked, carrying the
   * chosen schema.org action; the bot wrote that action's @id as "urn:faq-feedback:<like|dislike>:<entry id>"
   * (FEEDBACK_ACTION_ID_PREFIX in src/render/renderReply.ts).
   * @param {any} activity
   * @returns {{ entryId: string, helpful: boolean } | undefined}
   */
  function readRating(activity) {
    if (activity.name !== 'webchat:activity-status/feedback') return undefined;
    const id = activity.entities?.[0]?.['@id'];
    const match = typeof id === 'string' ? /^urn:faq-feedback:(like|dislike):(.+)$/.exec(id) : null;
    return match ? { entryId: match[2], helpful: match[1] === 'like' } : undefined;
  }

  /** Direct Line: the server swaps its secret for a token; the join event goes out once connected. */
  async function createAzureDirectLine() {
    const response = await fetch('/api/directline/token');
    if (!response.ok) throw new Error(`Could not get a Direct Line token (HTTP ${response.status})`);
    const { token } = await response.json();
    return window.WebChat.createDirectLine({ token });
  }

  /**
   * @param {string} text
   * @param {boolean} [isError]
   */
  function showStatus(text, isError = false) {
    status.textContent = text;
    status.classList.toggle('chat__status--error', isError);
  }

  /** @param {any} activity */
  function isCompleteCard(activity) {
    return (
      activity?.from?.role === 'bot' &&
      Array.isArray(activity.attachments) &&
      activity.attachments.some(
        (/** @type {any} */ a) => a?.contentType === 'application/vnd.microsoft.card.adaptive',
      ) &&
      Array.isArray(activity.entities) &&
      activity.entities.some((/** @type {any} */ e) => e?.type === 'faqResult')
    );
  }

  /** @param {any} activity */
  function isCardAnswer(activity) {
    return (
      isCompleteCard(activity) &&
      activity.entities.some((/** @type {any} */ e) => e?.type === 'faqResult' && e.kind === 'answer')
    );
  }

  /** Card elements that repeat an answer's plain text (see ANSWER_PARTS in src/render/renderReply.ts). */
  const REPEATED_PARTS = new Set(['answer-notice', 'answer-title', 'answer-text', 'answer-sources']);

  /**
   * An answer's plain text carries its [n] citations, which Web Chat shows as a source list; its card repeats
   * the title, answer and sources for clients that show only cards. Here the text leads, with the title on
   * top, and the card keeps what the text lacks: points, cautions, the disclaimer and the buttons.
   * @param {any} activity
   */
  function withoutRepeats(activity) {
    const result = activity.entities.find((/** @type {any} */ e) => e?.type === 'faqResult');
    return {
      ...activity,
      text: result?.title ? `**${result.title}**\n\n${activity.text}` : activity.text,
      attachments: activity.attachments.map((/** @type {any} */ attachment) =>
        attachment?.contentType === 'application/vnd.microsoft.card.adaptive'
          ? {
              ...attachment,
              content: {
                ...attachment.content,
                body: (attachment.content.body ?? []).filter(
                  (/** @type {any} */ element) => !REPEATED_PARTS.has(element?.id),
                ),
              },
            }
          : attachment,
      ),
    };
  }

  async function render() {
    if (!window.WebChat) {
      showStatus('The chat component did not load. Please reload the page.', true);
      return;
    }
    const directLine = mode === 'directline' ? await createAzureDirectLine() : createLocalChatAdapter();
    const store = window.WebChat.createStore(
      {},
      (/** @type {any} */ { dispatch }) =>
        (/** @type {any} */ next) =>
        (/** @type {any} */ action) => {
          if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && isCardAnswer(action.payload.activity)) {
            return next({
              ...action,
              payload: { ...action.payload, activity: withoutRepeats(action.payload.activity) },
            });
          }
          if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && isCompleteCard(action.payload.activity)) {
            // This bot's cards are complete (an answer card holds the answer, its numbered sources and the
            // disclaimer; the welcome and "Did you mean…" cards hold their text and buttons). The plain-text copy,
            // kept in the activity for channels without cards, would show the same thing twice here.
            const activity = { ...action.payload.activity };
            delete activity.text;
            return next({ ...action, payload: { ...action.payload, activity } });
          }
          if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
            showStatus('');
            if (mode === 'directline')
              dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: JOIN_EVENT, value: { locale } } });
          }
          return next(action);
        },
    );
    window.WebChat.renderWebChat(
      {
        directLine,
        store,
        userID,
        username: 'You',
        locale,
        styleOptions: {
          accent: '#0b6e5f',
          backgroundColor: '#ffffff',
          bubbleBorderRadius: 12,
          bubbleNubSize: 0,
          bubbleFromUserBorderRadius: 12,
          bubbleFromUserBackground: '#0b6e5f',
          bubbleFromUserTextColor: '#ffffff',
          bubbleFromUserNubSize: 0,
          // White bubbles: Adaptive Cards' subtle text (the card disclaimer) only meets WCAG AA contrast on white.
          bubbleBackground: '#ffffff',
          bubbleBorderColor: '#d4e3e0',
          botAvatarInitials: 'CN',
          botAvatarBackgroundColor: '#0b6e5f',
          hideUploadButton: true,
          sendBoxTextWrap: true,
          suggestedActionLayout: 'flow',
          suggestedActionBorderRadius: 16,
          primaryFont: "'Segoe UI', system-ui, -apple-system, Roboto, 'Helvetica Neue', Arial, sans-serif",
        },
      },
      host,
    );
  }

  render().catch((reason) => {
    console.error(reason);
    showStatus('The chat could not start. Please reload the page to try again.', true);
  });
})();
