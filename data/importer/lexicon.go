package importer

// A small built-in lexicon of names the rules would miss or split — short
// names with no suffix (阿里, 央视), Latin brands, and the places and
// surnames the name rules need. It names; it does not describe: nothing
// from it reaches a story unless the article prints the name.

type known struct {
	id, name, nameEn, kind string
	aliases                []string
}

var lexicon = []known{
	{"unitree", "宇树科技", "Unitree Robotics", "company", []string{"宇树", "Unitree"}},
	{"alibaba", "阿里巴巴", "Alibaba", "company", []string{"阿里", "阿里巴巴集团"}},
	{"alibaba-cloud", "阿里云", "Alibaba Cloud", "company", nil},
	{"qwen", "千问App", "Qwen app", "product", []string{"千问", "通义千问", "Qwen"}},
	// Not 深度求索: the seed article uses it for Hangzhou's "deep seeking",
	// not for the company; only the Latin name is unambiguous.
	{"deepseek", "DeepSeek", "DeepSeek", "company", nil},
	{"modelscope", "魔搭社区", "ModelScope", "platform", []string{"魔搭", "魔搭社群", "ModelScope"}},
	{"deeprobotics", "云深处", "DEEP Robotics", "company", []string{"云深处科技"}},
	{"brainco", "强脑科技", "BrainCo", "company", []string{"BrainCo"}},
	{"rokid", "Rokid", "Rokid", "company", []string{"灵伴科技"}},
	{"manycore", "群核科技", "Manycore Tech", "company", nil},
	{"game-science", "游戏科学", "Game Science", "company", nil},
	{"deep-principle", "深度原理", "Deep Principle", "company", nil},
	{"bota", "恩和生物", "Bota Bio", "company", nil},
	{"tencent", "腾讯", "Tencent", "company", []string{"腾讯混元"}},
	{"baidu", "百度", "Baidu", "company", []string{"百度飞桨"}},
	{"bytedance", "字节跳动", "ByteDance", "company", []string{"字节", "位元组"}},
	{"huawei", "华为", "Huawei", "company", nil},
	{"xiaomi", "小米", "Xiaomi", "company", nil},
	{"jd", "京东", "JD.com", "company", nil},
	{"google", "谷歌", "Google", "company", []string{"Google"}},
	{"nvidia", "英伟达", "NVIDIA", "company", []string{"NVIDIA", "Nvidia"}},
	{"intel", "英特尔", "Intel", "company", []string{"Intel"}},
	{"microsoft", "微软", "Microsoft", "company", []string{"Microsoft"}},
	{"openai", "OpenAI", "OpenAI", "company", nil},
	{"minimax", "MiniMax", "MiniMax", "company", nil},
	{"stepfun", "阶跃星辰", "StepFun", "company", nil},
	{"galbot", "银河通用", "Galbot", "company", nil},
	{"noetix", "松延动力", "Noetix Robotics", "company", nil},
	{"magiclab", "魔法原子", "MagicLab", "company", nil},
	{"renault", "雷诺集团", "Renault Group", "company", []string{"雷诺"}},
	{"cicc-pe", "中金私募", "CICC private equity", "fund", nil},
	{"hz-capital", "杭州资本", "Hangzhou Capital", "fund", nil},
	{"cctv", "央视", "CCTV", "media", []string{"中央广播电视总台", "总台", "中央电视台"}},
	{"xinhua", "新华社", "Xinhua", "media", nil},
	{"jiupai", "九派新闻", "Jiupai News", "media", nil},
	{"cnyes", "钜亨网", "Anue (cnyes.com)", "media", []string{"钜亨网新闻中心", "巨亨网", "巨亨网新闻中心"}},
	{"nature", "《自然》", "Nature", "media", nil},
	{"state-council", "国务院", "State Council", "government", nil},
	{"cmc", "中央军委", "Central Military Commission", "government", nil},
	{"caac", "中国民航局", "Civil Aviation Administration of China", "government", []string{"民航局", "中国民用航空局"}},
	{"wef", "世界经济论坛", "World Economic Forum", "institution", []string{"夏季达沃斯", "夏季达沃斯论坛", "达沃斯"}},
	{"zju", "浙江大学", "Zhejiang University", "institution", []string{"浙大"}},
	{"zhejiang-lab", "之江实验室", "Zhejiang Lab", "institution", nil},
	{"six-dragons", "杭州六小龙", "Hangzhou's six little dragons", "group", []string{"六小龙"}},
}

// places are the place names the rules accept (gse's dictionary tags many
// ordinary words as places, so its ns tag alone is not trusted). A place
// may be printed with 省/市/区/县 after it; the forms merge.
var places = []string{
	"中国", "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西",
	"山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西",
	"西藏", "宁夏", "新疆", "香港", "澳门",
	"杭州", "宁波", "温州", "绍兴", "嘉兴", "湖州", "金华", "台州", "丽水", "衢州", "舟山", "义乌",
	"余杭", "滨江", "萧山", "上城", "拱墅", "临平", "钱塘", "富阳", "临安", "桐庐", "淳安", "建德",
	"深圳", "广州", "南京", "苏州", "无锡", "武汉", "成都", "西安", "合肥", "长沙", "郑州", "济南", "青岛", "厦门", "大连",
	"美国", "日本", "德国", "法国", "英国", "韩国", "欧洲", "新加坡", "瑞士", "硅谷",
}

// surnames open a person's name after a title (创始人王兴兴) or before a
// verb of saying (周鸣介绍). Two-character surnames first.
var surnames = []string{"欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容",
	"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
	"郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡",
	"余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金",
	"石", "廖", "贾", "夏", "韦", "付", "傅", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫", "段", "雷",
	"侯", "龙", "史", "陶", "黎", "贺", "顾", "毛", "郝", "龚", "邵", "万", "钱", "严", "覃", "武", "戴", "莫", "孔", "向",
	"汤", "葛", "常", "温", "康", "施", "文", "牛", "樊", "兰", "殷", "倪", "庞", "洪", "包", "柳", "骆", "俞", "祝", "章"}

// titles are roles printed right before a person's name.
var titles = []string{"创始人", "创办人", "联合创始人", "董事长", "总经理", "总裁", "首席执行官", "首席科学家", "CEO", "CTO",
	"负责人", "处长", "科长", "局长", "主任", "市长", "书记", "院长", "教授", "研究员", "记者", "主持人", "总监", "经理",
	"部长", "厅长", "区长", "县长", "秘书长", "理事长", "会长", "主席", "副总裁", "副院长", "工程师", "博士", "发起人", "总工程师",
	"首相", "总理", "总统", "院士", "学家", "馆长", "所长", "校长", "行长", "社长", "总编辑", "作家", "导演"}

// sayVerbs follow a person's name: 王兴兴表示, 周鸣介绍.
var sayVerbs = []string{"表示", "介绍", "透露", "指出", "认为", "坦言", "说", "称", "强调"}
