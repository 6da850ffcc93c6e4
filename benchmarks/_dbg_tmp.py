import sys, json, tempfile
from pathlib import Path
from benchmarks.conversations_eval import build_indexes, read_conversations, DATA
from assistant.answer import conversation as C
from assistant.answer.reading import read_question
from assistant.answer.retrieve import analyse_query
from assistant.answer.compose import find_hits
folder = tempfile.mkdtemp()
idx = build_indexes(Path(folder))
want = sys.argv[1:]
for split in ("dev","dev2","dev3"):
    for conv in read_conversations(DATA/f"{split}.jsonl"):
        if conv["id"] not in want: continue
        index = idx[conv["corpus"]]
        asked=[]
        for t in conv["turns"]:
            q=t["q"]
            r=read_question(index,q); query=analyse_query(index,r.text)
            own=C.own_groups(index,query,r.text)
            print("==",conv["id"],q,"exp",t["expected"][-25:])
            print("  own",[(g.term,round(g.weight,2),g.members) for g in own], "points_back",C.points_back(q))
            if asked:
                topic=C.topic_of(index,tuple(asked),own)
                print("  topic",[(g.term,round(g.weight,2)) for g in topic.groups])
                ctx=C.own_in_context(index,topic,r.text,own)
                hits=find_hits(index,C.Query(groups=ctx+topic.groups))
                for h in hits[:3]: print("   ctxhit",h.chunk.paragraph,h.chunk.stk,h.chunk.heading[:30],round(h.score,2),sorted(h.matched))
            hits=find_hits(index,query)
            for h in hits[:2]: print("   alonehit",h.chunk.paragraph,h.chunk.stk,h.chunk.heading[:30],round(h.score,2),sorted(h.matched))
            a=C.ask(q,index,asked[-5:])
            print("  ->",a.answered,a.context_used,[(c.url[-30:],c.paragraph,c.stk) for c in a.citations][:2], a.text[:200].replace("\n"," ") if hasattr(a,'text') else '')
            asked.append(q)
