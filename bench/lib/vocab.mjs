// Vocabulary of the synthetic corpus: clean ad copy in en-US and zh-CN, and the banned claims of
// the lexicon. Clean copy never contains a lexicon term (gen-corpus checks every field), so every
// hit a tool should find is one that gen-corpus planted and recorded in expected.json.

export const EN = {
  brands: ['Northwind', 'Alder & Oak', 'Bluefin', 'Copperleaf', 'Hearthstone', 'Kestrel', 'Lumen Home', 'Maple Row', 'Old Harbor', 'Pinecrest', 'Riverside Co.', 'Saltmarsh', 'Tidewater', 'Wildflower Studio'],
  products: ['sofa', 'linen shirt', 'face cream', 'serum', 'sunscreen', 'running shoes', 'backpack', 'headphones', 'coffee maker', 'mattress', 'pillow', 'desk lamp', 'yoga mat', 'protein powder', 'vitamins', 'fish oil', 'shampoo', 'toothpaste', 'electric toothbrush', 'hair dryer', 'suitcase', 'water bottle', 'dog food', 'cat food', 'lipstick', 'perfume', 'jeans', 'summer dress', 'down jacket', 'sneakers', 'air purifier', 'robot vacuum', 'rice cooker', 'blender', 'green tea', 'honey', 'dark chocolate', 'phone case', 'earbuds', 'smartwatch', 'city bike', 'treadmill', 'razor', 'moisturizer', 'eye cream', 'foundation', 'mascara', 'probiotics', 'baby formula', 'diapers', 'wool socks', 'rain jacket', 'cookware set', 'standing desk', 'office chair', 'bed sheets', 'bath towels', 'scented candle', 'hiking boots', 'sunglasses'],
  adjectives: ['organic', 'wireless', 'waterproof', 'lightweight', 'handmade', 'vegan', 'compact', 'ergonomic', 'recycled', 'premium', 'portable', 'quiet', 'slim', 'classic', 'heavy-duty', 'travel', 'kids', 'unscented'],
  materials: ['European flax', 'organic cotton', 'merino wool', 'recycled polyester', 'solid oak', 'brushed steel', 'soft-touch silicone', 'bamboo fibre', 'vegetable-tanned leather', 'ceramic'],
  colors: ['sand', 'sage green', 'navy', 'charcoal', 'ivory', 'terracotta', 'sky blue', 'olive', 'blush pink', 'stone grey'],
  qualities: ['soft', 'breathable', 'easy to clean', 'light', 'sturdy', 'cool to the touch', 'quick to dry', 'gentle on skin'],
  audiences: ['busy mornings', 'weekend trips', 'small apartments', 'new parents', 'long commutes', 'home offices', 'outdoor days', 'everyday wear'],
  benefits: ['Keeps its shape after many washes', 'Folds flat for easy storage', 'Stays quiet at night', 'Helps you stay organised', 'Gentle enough for daily use', 'Made to be repaired, not replaced', 'Ready to use straight from the box', 'Fits in a carry-on bag'],
  features: ['a two-year warranty', 'secure checkout', 'a healthy dose of colour', 'a magical soft finish', 'reinforced seams', 'a removable cover', 'adjustable straps', 'a refill option', 'plastic-free packaging', 'a lifetime repair service'],
  cities: ['Lisbon', 'Portland', 'Copenhagen', 'Kyoto', 'Melbourne', 'Montreal', 'Edinburgh', 'Austin'],
  seasons: ['spring', 'summer', 'autumn', 'winter', 'holiday'],
  sentences: [
    '{Brand} {product} in {color}, made from {material} for {audience}.',
    'Made from {material} that stays {quality} wash after wash.',
    'Order by Friday for delivery before the weekend.',
    'Free returns within 30 days on every order.',
    'Designed in {city} and finished by hand in small batches.',
    'Available in {n} colours, from {color} to {color2}.',
    'Pair it with our {product2} for an easy {season} look.',
    '{benefit}, with {feature}.',
    'Sizes XS to XXL, with a relaxed fit through the shoulders.',
    'Rated {rating} out of 5 by {reviews} shoppers.',
    'Shop the {season} collection today.',
    'Each piece ships in recycled packaging.',
    'Questions? Our team replies within a day.',
    'Save {pct} percent this week on the {product} and the {product2}.',
    'The {adjective} {product} you will reach for every day.',
    '{benefit}.',
    'Now in {color} and {color2}, while stocks last.',
    'Checkout is quick, and tracking is included with {feature}.',
  ],
  headlines: [
    '{Brand} {product}: {quality}, {adjective} and ready for {audience}',
    'The {adjective} {product} in {color}, made for {audience}',
    '{season} edit: {adjective} {product} and {product2} from {Brand}',
    'Meet the {product} from {Brand}, in {material}',
  ],
};

export const ZH = {
  brands: ['北岸', '青禾', '山川', '拾光', '木言', '知物', '素野', '南风', '云栖', '白鹭', '远山', '初见'],
  products: ['面霜', '精华液', '防晒霜', '洗面奶', '口红', '香水', '奶粉', '纸尿裤', '运动鞋', '连衣裙', '衬衫', '牛仔裤', '羽绒服', '双肩包', '手机壳', '蓝牙耳机', '扫地机器人', '空气净化器', '电饭煲', '咖啡机', '茶叶', '蜂蜜', '坚果礼盒', '床垫', '枕头', '沙发', '台灯', '行李箱', '保温杯', '瑜伽垫', '跑步机', '自行车', '猫粮', '狗粮', '护发素', '洗发水', '牙膏', '电动牙刷', '剃须刀', '吹风机', '面膜', '眼霜', '粉底液', '睫毛膏', '维生素', '鱼油', '蛋白粉', '益生菌', '酸奶', '巧克力', '羊毛袜', '冲锋衣', '不粘锅', '升降桌', '办公椅', '四件套', '浴巾', '香薰蜡烛', '登山鞋', '太阳镜'],
  adjectives: ['有机', '无线', '防水', '轻量', '手工', '便携', '静音', '纯棉', '儿童', '加厚', '折叠', '迷你'],
  materials: ['亚麻面料', '有机棉', '美利奴羊毛', '再生涤纶', '实木', '不锈钢', '食品级硅胶', '竹纤维', '植鞣皮革', '陶瓷'],
  colors: ['米白', '雾霾蓝', '藏青', '炭灰', '燕麦色', '砖红', '天蓝', '橄榄绿', '浅粉', '石墨灰'],
  qualities: ['柔软亲肤', '透气舒适', '轻盈耐穿', '易打理不起球', '保湿清爽', '质地细腻', '方便收纳', '安静节能'],
  audiences: ['上班族', '学生党', '新手爸妈', '小户型家庭', '户外爱好者', '健身人群', '长途出差', '居家办公'],
  cities: ['杭州', '成都', '青岛', '大理', '苏州', '厦门', '长沙', '西安'],
  seasons: ['春季', '夏季', '秋季', '冬季', '节日'],
  sentences: [
    '{brand}{product}采用{material}，{quality}，适合{audience}日常使用。',
    '本周下单享{n}天无理由退换，全场满{amount}元包邮。',
    '{color}、{color2}等{n}种颜色可选，尺码齐全。',
    '{season}新品上市，{quality}，{quality2}。',
    '每一件都经过{n}道工序检验，放心选购。',
    '搭配{product2}，轻松打造{season}通勤造型。',
    '已有{reviews}位用户给出好评，欢迎到店体验。',
    '下单后{n}小时内发货，支持七天无理由退货。',
    '设计灵感来自{city}，细节用心打磨。',
    '{adjective}{product}，{quality}，出门在外也方便。',
    '关注店铺可领{amount}元优惠券，数量有限。',
    '有任何问题，客服在线为您解答。',
    '包装使用可回收材料，减少浪费。',
    '{brand}门店与线上同步发售，{city}用户次日可达。',
  ],
  headlines: [
    '{brand}{adjective}{product}，{quality}，{audience}的日常好物，{season}限定{color}配色现已上架',
    '{season}上新：{brand}{product}与{product2}，{quality}，为{audience}而设计，多色可选',
    '{brand}{product}，采用{material}，{quality}，{n}种颜色任你挑选，下单即送{product2}小样',
  ],
};

// Banned claims. Base terms are real (the PRC Advertising Law's absolute terms, medical claims,
// platform-banned English claims); generated variants (prefix + product) reach K.
export const EN_TERMS = {
  base: ['#1', 'number one', 'best', 'best ever', "world's best", 'best in the world', 'cheapest', 'lowest price', 'miracle', 'cure', 'cures', 'guaranteed', 'guaranteed results', 'guaranteed approval', 'risk-free', 'zero risk', 'clinically proven', 'scientifically proven', 'doctor recommended', 'FDA approved', '100% effective', '100% natural', 'instant results', 'overnight results', 'no side effects', 'lose weight fast', 'burn fat', 'fat burner', 'effortless weight loss', 'reverse aging', 'anti-aging miracle', 'eliminate wrinkles', 'heals', 'detox', 'permanent results', 'unbeatable', 'perfect', 'ultimate', 'revolutionary', 'breakthrough', 'secret formula', 'magic pill', 'get rich quick', 'double your money', 'free money', 'top-rated', 'award-winning', 'once in a lifetime'],
  prefixes: ['best', '#1', 'number one', "world's best", 'cheapest', 'miracle', 'guaranteed', 'top-rated', 'clinically proven', 'doctor recommended', '100% effective', 'ultimate', 'perfect', 'unbeatable'],
};

export const ZH_TERMS = {
  base: ['最佳', '最好', '最优', '最强', '最低价', '最便宜', '最先进', '最高级', '最受欢迎', '第一', '全网第一', '销量第一', '排名第一', '国家级', '世界级', '顶级', '极品', '极致', '首选', '唯一', '独家', '绝对', '史无前例', '万能', '百分百', '100%有效', '根治', '治愈', '特效', '药到病除', '无副作用', '永久', '永不反弹', '立竿见影', '包治百病', '祖传秘方', '领导品牌', '领袖品牌', '王牌', '冠军', '销量冠军', '全球首发', '全国首家', '史上最低', '终极', '完美', '零风险', '无效退款', '保证治愈', '抗癌', '减肥神器', '特供', '专供', '驰名商标', '国家免检'],
  prefixes: ['最好的', '最便宜的', '全网最低价', '销量第一的', '国家级', '世界级', '顶级', '史上最强', '第一品牌', '万能', '特效', '完美'],
  suffixes: ['之王', '第一品牌', '销量冠军', '排名第一', '领导品牌'],
};
