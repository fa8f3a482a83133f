import * as p from "@clack/prompts";
const a = await p.text({ message: "Title?" });
const b = await p.select({ message: "Type?", options: [{value:"group",label:"Group"},{value:"activity",label:"Activity"}] });
const c = await p.confirm({ message: "Women?" , initialValue: false});
const d = await p.multiselect({ message: "Days?", options: [{value:"mo"},{value:"tu"},{value:"we"}], required: true });
console.log(JSON.stringify({a,b,c,d}));
