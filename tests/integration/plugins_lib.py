"""plugins_lib: what the action plugins' tests share: one workflow step
sent to some plugins' subscribers, and their answers."""


def step(core, action, sids):
    """Send the action to the subscribers sids; (action, replies, infos):
    each subscriber's action_done/error frames and action_info data for
    this task, once each has answered."""
    a = core.send_action(action, to=sids)
    replies, infos = {}, {}
    for sid in sids:
        r = core.wait("action_reply", subscriber=sid, task=a["task"], timeout=30)
        replies[sid] = [e["json"] for e in r if e["json"]["data"].get("task") == a["task"]]
        infos[sid] = [e["json"]["data"] for e in core.log("info", subscriber=sid)
                      if e["json"]["data"].get("task") == a["task"]]
    return a, replies, infos
