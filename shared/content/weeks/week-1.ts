import type { Week } from '../course-types.ts';

export const week: Week = {
  number: 1,
  title: 'Hope and the recovery model',
  summary: 'Recovery is possible, and it is personal. What it means, where you fit in, and the journey families go through too.',
  minutes: 35,
  welcome: [
    "If you are here, someone you love is going through something hard. You may be tired, scared or unsure what to do next. Maybe you feel you have tried everything. That is a lot to carry, and you are not alone in it.",
    "This first week is about hope. Not the sugar-coated kind, but the real kind, based on what we know: people do get better, in their own way and in their own time. You will also look at your own part in this. It may be a lighter load than the one you carry now.",
  ],
  sections: [
    {
      id: 'recovery-is-possible',
      title: 'Recovery is possible',
      blocks: [
        "Here is something worth holding on to. Many people who live with a mental illness or a substance use problem get better. Some feel well for years at a time. Others still have hard days, but they build a life they value. Both count as recovery.",
        "Recovery does not always mean that every sign of the illness is gone. For many people, it means living well with it, or alongside it. It means having hope, a place to belong, and a say in their own life.",
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              'Recovery is also personal. No two paths look the same. One person finds that talking therapy helps most. Another leans on a peer group, their faith, or a steady job. One person feels better within months. For someone else, it takes years of small steps. What works for one may not work for the next.',
            ],
            'substance-use': [
              'Recovery is also personal. No two paths look the same. One person finds that talking therapy helps most. Another leans on a peer group, their faith, or a steady job. One person stops drinking or using all at once. Someone else cuts down step by step. What works for one may not work for the next.',
            ],
            both: [
              'Recovery is also personal. No two paths look the same. One person finds that talking therapy helps most. Another leans on a peer group, their faith, or a steady job. One person gets help for their mood first, and the drinking eases. Someone else cuts down step by step while they work on both. What works for one may not work for the next.',
            ],
          },
        },
        "The path is rarely a straight line. There will likely be good weeks and hard weeks. A setback does not wipe out what came before. It is a normal part of the road, not a sign that all is lost.",
        "You may not feel hopeful right now. That is all right. For now, you can let this course hold some of the hope for you.",
      ],
    },
    {
      id: 'two-models',
      title: 'Two ways of seeing: the medical model and the recovery model',
      blocks: [
        "There are two main ways to think about mental illness and substance use. They are not rivals. They work best side by side.",
        "The medical model looks at the illness. It asks: what is wrong, and how do we treat it? Doctors and other experts name the problem. Then they offer care to ease the signs of it. This care can matter a great deal. For many people, it is a key part of getting well.",
        "The recovery model looks at the whole person. It asks: what does this person want from life, and what helps them get there? It sees the person as the expert on their own life. Their hopes, strengths and choices lead the way.",
        {
          list: [
            "The medical model asks, 'What is wrong?' The recovery model also asks, 'What matters to you?'",
            'The medical model aims to ease the signs of illness. The recovery model aims for a life that feels worth living.',
            'In the medical model, the expert often decides. In the recovery model, the person and their helpers decide together.',
          ],
        },
        "This course leans on the recovery model. That does not mean that treatment is not important. It means that a person is more than the name of an illness. They are a whole person, with goals of their own.",
      ],
    },
    {
      id: 'their-own-words',
      title: 'Recovery in their own words',
      blocks: [
        "What does recovery look like? The best person to ask is the one who lives it. When people talk about their own recovery, a few things come up again and again.",
        {
          list: [
            'Hope: a sense that things can get better.',
            'Being seen as a person, not as an illness.',
            'Something to do that feels worth doing, like work, study, caring for others or making things.',
            'People to be with, who accept them as they are.',
            'A say in their own choices, including choices about their care.',
          ],
        },
        "Look at what is on this list. Most of it is about a good life, not just fewer symptoms.",
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              'Your idea of recovery for {person} may not match theirs. You may hope every sign of the illness goes away, while they want to feel less alone first. You may want them back at work, while they want to sleep through the night. That gap is normal. It does not mean that either of you is wrong.',
              "Words matter here too. Some people say they are 'in recovery'. Others say 'well', 'doing better' or 'getting there'. Some do not want a label at all. When you can, use their words.",
            ],
            'substance-use': [
              'Your idea of recovery for {person} may not match theirs. You may hope they stop drinking or using for good, while they want to cut down first. You may want them back at work, while they want to sleep through the night. That gap is normal. It does not mean that either of you is wrong.',
              "Words matter here too. Some people say they are 'in recovery'. Others say 'sober', 'not drinking', 'cutting back' or 'getting there'. Some do not want a label at all. When you can, use their words.",
            ],
            both: [
              'Your idea of recovery for {person} may not match theirs. You may hope they stop drinking and feel well again, while they want to cut down first. You may want them back at work, while they want to sleep through the night. That gap is normal. It does not mean that either of you is wrong.',
              "Words matter here too. Some people say they are 'in recovery'. Others say 'sober', 'well' or 'getting there'. Some do not want a label at all. When you can, use their words.",
            ],
          },
        },
        "If the time feels right, you might ask: 'What would a good day look like for you?' Then just listen. Their answer is a good place to start.",
      ],
    },
    // The stages families often move through, as NAMI's Family-to-Family course teaches them. Checked 2026-12-05 against:
    // - NAMI Spokane, The cycle of emotional responses when a loved one experiences a mental illness,
    //   https://namispokane.org/the-cycle-of-emotional-responses-when-a-loved-one-experiences-a-mental-illness/
    //   (crisis: shock, confusion, denial; coping: anger, guilt, resentment, grief, exhaustion; what families need at each);
    // - NAMI San Fernando Valley, Predictable stages of emotional responses to mental illness,
    //   https://www.namisfv.org/this_is_all_new_to_our_family_we_haven_t_really_processed_any_of_it_emotionally_how_do_others_react
    //   (dealing with the catastrophic event; learning to cope; moving into advocacy, with acceptance and action);
    // - NAMI stages handout as quoted at http://c4is.ms/bczh4/nami-stages-of-emotional-response
    //   (none of the stages is "once and done": people go through each more than once).
    {
      id: 'your-own-journey',
      title: 'Your own journey',
      blocks: [
        "While {person} is on their own path, you are on one too. Families who have been here often say their feelings came in waves. Many family courses describe three broad parts of the journey. Knowing them can help you make sense of what you feel, and what you need.",
        {
          list: [
            'Crisis and shock. Something turns life upside down: a frightening night, a hospital stay, a call from the police, or a slow slide that suddenly becomes clear. You may feel numb or confused. You may hope it will all blow over. What helps most now is comfort, clear facts and someone to turn to.',
            'Learning to cope. The truth sinks in. Anger, guilt, grief and deep tiredness are all common. So is sadness for the future you had pictured. What helps now is learning about what they face, saying how you feel, caring for yourself and meeting others who understand.',
            'Acceptance and action. Over time, many families find a new balance. They accept what has happened without giving up hope. Some find strength in helping other families, or in speaking up for better care.',
          ],
        },
        'This is not a ladder you climb once. Most families move back and forth. A setback can bring the shock back for a while. Two people in the same family can be in different places at the same time. None of this means you are doing it wrong.',
        'Where are you right now? There is no right answer. Naming it can help you ask for what you need, and be kind to yourself while you wait for the next part.',
      ],
    },
    {
      id: 'support-not-control',
      title: 'Your part: support, not control',
      blocks: [
        "When someone we love is struggling, we want to fix it. We may plead, check up, set rules or take over. This comes from love. But it often leaves both people worn out and further apart.",
        'Many families find comfort in four short lines:',
        {
          list: ['You did not cause it.', 'You cannot control it.', 'You cannot cure it.', 'And you can still help.'],
        },
        "You did not cause what {person} is going through. Many things play a part, such as genes, stress, hard life events and the way the brain works. No one is to blame here: not you, not them, and not anyone else in the family.",
        "You cannot control it or cure it. Their recovery belongs to them. Trying to run it for them tends to lead to fights and hiding.",
        "But you can still help, and your help counts. You can stay in touch. You can listen. You can learn about what they face. You can cheer on the steps they choose. You can look after your own health, too. Warm, steady support from family and friends can make a real difference over time.",
        'Support means standing next to them, not in front of them.',
      ],
    },
  ],
  story: {
    title: 'A different question',
    variants: {
      'mental-illness': [
        "Amara's {relation}, Jesse, has lived with depression for three years. Some days Jesse cannot get out of bed. On those days, Amara used to fill the silence with questions. Did you eat? Did you call the doctor? Why not try a walk?",
        'Jesse began to keep the bedroom door shut. Amara felt hurt, and then guilty for feeling hurt.',
        "At a family group, an older man whose wife lives with bipolar disorder said something that stuck. 'I used to run through my list of checks every day. Now I ask what matters to her this week.'",
        "One quiet evening, Amara sat down next to Jesse and asked, 'What would a good day look like for you?'",
        "Jesse was silent for a long time. Then they said, 'Playing guitar again, I think. And not feeling like a burden.'",
        "It was not the answer Amara had hoped for. She had been thinking of a job, or a routine. But she listened. The next week, she had Jesse's old guitar fixed and left it in the living room. She did not say a word about it.",
        'For a while it stayed in the corner. Then one Sunday, Amara heard a few soft chords from the next room.',
        "Jesse still has hard days, and Amara still worries. But they talk more now, and Jesse knows the door is open. If it feels right, you could try Amara's question with {person} this week.",
      ],
      'substance-use': [
        "Priya's {relation}, Jo, has been drinking more each year. For a long time, Priya counted the bottles in the recycling, poured drinks down the sink and hid the car keys. Again and again, Jo promised to stop.",
        'Jo kept each promise for a week or two. Then the drinking came back, and the fights got worse. Jo began to drink in secret. Priya felt angry, then ashamed, then very alone.',
        "A cousin told Priya about a family support group. She went, hoping for a plan to end Jo's drinking. Instead, a woman in the group said, 'You didn't cause it. You can't control it. You can't cure it. But you can still help.'",
        'She cried on the bus home. It felt like putting down a heavy bag.',
        "Priya stopped counting bottles. One calm morning, she said, 'I love you. I'm worried about the drinking. I'm not going to fight about it any more. When you want to talk, I'm here.'",
        "A month later, Jo said, 'I want to cut back. Will you come with me to see someone?' Priya went along. Jo chose the goal, and Priya backed it.",
        'There was a setback at a wedding in the spring. But there was no shouting this time, and Jo went to the next appointment. The road was still there. It just was not straight.',
        'Priya still goes to the family group, for herself. If you are supporting {person} through drinking or drug use, a group like that may help you too.',
      ],
      both: [
        "Yuki's {relation}, Kit, lives with bipolar disorder. Kit also smokes cannabis most days, and more when their mood swings high or low.",
        "When Yuki first learned about both, she went into overdrive. She read everything she could find. She made charts of Kit's moods. She booked appointments and left leaflets on Kit's bed. She had a plan for every part of Kit's life.",
        "Kit did not follow the plan. One night Kit said, 'I feel like your project, not your {relation}.'",
        'That stung. But Yuki knew there was truth in it.',
        "A family worker at the local clinic helped Yuki see things in a new way. Mental health and substance use problems often go together. Care that works on both at once tends to help most. And Kit's own reasons for change would count for more than any plan of Yuki's.",
        "So Yuki put the charts away. She asked Kit what they wanted most. Kit said, 'To cook again. I want to work in a kitchen.'",
        'That became their starting point. Kit chose to see a team that could help with both the mood swings and the cannabis. Yuki drove Kit to the first visit. On the way home, she asked about food, not forms.',
        "It is early days. Kit still has ups and downs. But the goal belongs to Kit now, and Yuki walks beside them. You might ask {person} what they want most, too.",
      ],
    },
    // Stories for readers who named a condition. Facts checked 2026-12-05 against:
    // - NIMH, Understanding Psychosis, https://www.nimh.nih.gov/health/publications/understanding-psychosis
    //   (often begins in the late teens to mid-twenties; early treatment often means a better recovery;
    //   misuse of drugs such as marijuana is among its causes);
    // - Somerset NHS Foundation Trust, Early intervention in psychosis: recovery,
    //   https://www.somersetft.nhs.uk/early-intervention-in-psychosis/step/recovery/
    //   (psychosis can be treated and most people recover; recovery from a first episode can take months or years);
    // - NIMH, Bipolar Disorder in Adults, https://www.nimh.nih.gov/health/publications/bipolar-disorder-in-adults
    //   (shifts in mood, energy and activity; less need for sleep in a high phase; many are free of symptoms
    //   between episodes; people can lead full and productive lives);
    // - NHS, Depression in adults: treatment, https://www.nhs.uk/mental-health/conditions/clinical-depression/treatment/
    //   (self-help, talking therapies and medicines; a GP can help).
    byCondition: [
      {
        condition: 'psychosis',
        situation: 'mental-illness',
        blocks: [
          "Marcus's {relation}, Theo, was nineteen when psychosis began. Theo heard voices and was sure that people on the bus were watching. After a short stay in hospital, Theo came home quiet and flat.",
          'Marcus wanted the old Theo back, and fast. He made a list for each day. Take your medicine. Get up by nine. Call your friends. Each morning he went through it. Theo stopped coming down for breakfast.',
          "The early psychosis team ran an evening for families. A mother there said something that stayed with him. 'The team looks after the illness. My job is to look after my daughter.'",
          "So one Sunday, Marcus left the list on the table. He sat down next to Theo and asked, 'What would make this week feel a bit better for you?'",
          "Theo shrugged. Then, after a while, they said, 'Seeing Sam again. But I don't know what to tell people.'",
          "Marcus had not guessed that. He had been thinking of college, and sleep. But he listened. Together they found a few words Theo felt safe to say: 'I was unwell for a while. I'm getting better.'",
          'A week later, Theo met Sam for a coffee. Theo came home tired, but with a small smile.',
          "Getting well after psychosis takes time, and Theo still has flat days. But many people do recover, and Theo is not doing it alone. If it feels right, you could ask {person} Marcus's question this week.",
        ],
      },
      {
        condition: 'psychosis',
        situation: 'both',
        blocks: [
          "Leila's {relation}, Sam, began to hear voices at twenty. Sam also smoked cannabis most days. Leila read that cannabis can make psychosis worse, and that scared her.",
          "So every talk turned into a fight about cannabis. Leila begged, then threatened. Sam said, 'It's the only thing that makes the voices quiet.' Then Sam stopped talking to her at all.",
          'A worker at the early psychosis team helped Leila see it from the inside. Sam was not smoking to hurt her. Sam was trying to cope with something frightening. The team could help with both the voices and the cannabis, at the same time.',
          "So Leila stopped leading with cannabis. One evening she asked, 'What do you want most right now?' Sam thought about it. 'To pass my driving test.'",
          'That was something they could both want. Leila offered to pay for a few lessons. Sam agreed to keep going to the team.',
          'Over the next months, Sam talked with the team about what the cannabis did to the voices, and to the driving plan. Sam chose to cut down. It was their choice, not a rule from Leila.',
          "Sam still has hard weeks. But they talk again, and the goal belongs to Sam. You might ask {person} what they want most, too.",
        ],
      },
      {
        condition: 'bipolar',
        situation: 'mental-illness',
        blocks: [
          "Ruth's {relation}, Ari, lives with bipolar disorder. Last spring, Ari had a high phase. Ari hardly slept, spent money they did not have and lost a job. Then came months of deep, low mood.",
          "After that, Ruth watched every mood. If Ari laughed at a joke, she asked, 'Are you going high again?' If Ari slept in, she asked, 'Are you going low?'",
          "One day Ari snapped. 'Am I ever allowed to just be happy? Or sad?'",
          "At a family group, a man whose wife lives with bipolar disorder said something that helped. 'We made a plan together, in a calm month. She told me her own first signs. Now I don't have to guess.'",
          "So on a quiet evening, Ruth asked Ari, 'What do you notice first, when things start to slip?' Ari thought for a long time. 'My sleep goes. I stay up late and feel great about it.'",
          'They agreed that Ari would tell Ruth if sleep slipped for a few nights, and that Ruth would stop reading every laugh. Ari also said what a good week looks like: steady sleep, a walk with the dog, a shift at the café.',
          "Ari still has ups and downs. But they face them as a team now, and Ari trusts Ruth more. If it feels right, you could ask {person} what a good week looks like for them.",
        ],
      },
      {
        condition: 'depression',
        situation: 'both',
        blocks: [
          "Sol's {relation}, Nico, has felt low for a long time. Since the winter, Nico has also been drinking most nights, alone, in front of the TV.",
          "Sol thought the drinking was the whole problem. She poured wine down the sink and asked, 'How many tonight?' Nico went quiet and started to drink in the car.",
          "A friend who had lived with depression said, 'When I was at my lowest, a drink was the only thing that shut my head up for an hour. It made the next day worse, but I didn't care.'",
          "That changed how Sol saw it. One calm morning she asked, 'What would a good day look like for you?' Nico said, 'Waking up without feeling dread.'",
          "So Sol asked if Nico would see the doctor about the dread. Nico said yes. The doctor asked about mood and about drinking, and offered help with both.",
          'It has not been a straight line. Some weeks are better than others. But Nico is getting help for the low mood now, and the drinking has eased a little. If it feels right, you could ask {person} what a good day looks like.',
        ],
      },
    ],
  },
  takeaways: [
    'Recovery is possible, and it looks different for each person.',
    'Recovery is about a good life, not only fewer symptoms.',
    'Treatment and the recovery model work best side by side.',
    'You did not cause it. You cannot control or cure it. You can still help.',
    'Setbacks are part of the path, not the end of it.',
  ],
  reflections: [
    {
      id: 'w1-what-recovery-could-mean',
      prompt: 'What might a good life look like for {person}, in their own eyes?',
      hint: "It is fine to guess, or to write 'I don't know yet'. One day, you could ask them.",
    },
    {
      id: 'w1-what-i-carry',
      prompt: 'What have you been trying to carry on your own? Which parts are truly yours?',
      hint: 'Think of the jobs you have taken on: checking, fixing, worrying, keeping the peace.',
    },
  ],
  practice: {
    id: 'w1-practice',
    title: 'Sort what is yours to carry',
    intro: [
      "Worry can feel like one huge weight. This exercise helps you split it into parts. Some parts are yours to carry. Some belong to {person}. Some are in no one's hands. Setting a few down can free up energy for the help that counts.",
    ],
    steps: [
      'Write down the worries on your mind about {person}, big and small.',
      "Next to each one, write 'mine', 'theirs' or 'no one can control this'.",
      "Look at the 'theirs' pile. Choose one thing you will stop checking or pushing for this week.",
      "Look at the 'mine' pile. Pick one small, kind thing you can do, like sending a text or sharing a meal.",
      'After a few days, notice how you feel. There is no need to get it perfect.',
    ],
    plan: [
      { id: 'set-down', label: 'One thing I will set down this week', hint: "Something that is theirs to carry, or no one's." },
      { id: 'small-help', label: 'One small thing I can do to help', hint: 'Keep it simple: a message, a meal, a walk, some time together.' },
      { id: 'when', label: 'When will I try it?' },
    ],
  },
  selfCheck: [
    {
      id: 'w1-what-recovery-is',
      question: 'In the recovery model, what does recovery mean?',
      options: [
        { text: 'Every symptom is gone for good.', correct: false },
        { text: 'A life with hope and meaning, as the person sees it.', correct: true },
        { text: 'Doing everything the doctor says.', correct: false },
      ],
      explanation:
        "Recovery is personal. For many people it means a good life with the illness or alongside it, with hope, people and purpose. Some people do become free of symptoms, and that counts too. Treatment can be a big part of the path, but the person's own goals lead the way.",
    },
    {
      id: 'w1-two-models',
      question: 'How do the medical model and the recovery model fit together?',
      options: [
        { text: 'Only one of them can be right.', correct: false },
        { text: "They work side by side: treatment matters, and so do the person's own goals.", correct: true },
        { text: 'The recovery model means treatment is not needed.', correct: false },
      ],
      explanation:
        'The medical model helps name and treat an illness. The recovery model keeps the whole person in view: their hopes, strengths and choices. Most people do best when they have both.',
    },
    {
      id: 'w1-your-role',
      question: 'Which of these best fits your role as a supporter?',
      options: [
        { text: 'If I try hard enough, I can fix this.', correct: false },
        { text: 'I did not cause it, I cannot control or cure it, and I can still help.', correct: true },
        { text: 'There is nothing I can do, so I should step away.', correct: false },
      ],
      explanation:
        'Many of us feel we should be able to fix it. That feeling comes from love. But recovery belongs to the person. Letting go of control is not giving up on them. It frees you to help in ways that work, and to stay close.',
    },
    {
      id: 'w1-setbacks',
      question: '{Person} has a hard week after a good stretch. What does this most likely mean?',
      options: [
        { text: 'Their recovery is over.', correct: false },
        { text: 'Setbacks are a common part of a path that rarely runs straight.', correct: true },
        { text: 'I must have done something wrong.', correct: false },
      ],
      explanation:
        'Most people have setbacks on the way. A hard week does not erase the good ones, and it is not your fault. Week 7 will help you plan for harder times. If you are ever worried about safety right now, use the Need help now? button at the top of every screen.',
    },
    {
      id: 'w1-family-journey',
      question: 'You felt calm last month. This week, after a setback, the shock is back. What does this mean?',
      options: [
        { text: 'I have slipped back, and all my progress is lost.', correct: false },
        { text: 'Families often move back and forth between stages. It is part of the journey.', correct: true },
        { text: 'I should have reached acceptance by now.', correct: false },
      ],
      explanation:
        'The journey is not a ladder you climb once. A setback can bring old feelings back for a while, even after calm times. That is very common. It is a sign that you care, not that you are doing it wrong.',
    },
  ],
  forYou: {
    title: 'A moment for you',
    blocks: [
      'You have taken in a lot this week. Before you move on, take a minute for yourself.',
      'Think of one thing that gives you even a little ease. A cup of tea. A walk around the block. A call with a friend. Music. Prayer or quiet time, if that is part of your life.',
      'Plan to do it once in the next few days, just for you. This is not selfish. You matter in this too, and looking after yourself helps you keep going.',
    ],
  },
};
